/**
 * The entry screen's shortcuts as data, shown two ways: a one-line reminder under the heading
 * and the full list in a dialog (F1 or ?). The keys themselves are handled by keymap.ts; this
 * file only documents them and must be kept in step with it.
 */
import type { MessageKey } from '../../i18n/vi';
import { useT } from '../../i18n/use-t';
import { useModal } from '../../ui/use-modal';

interface Shortcut {
  keys: readonly string[];
  text: MessageKey;
  /** Shown in the one-line reminder as well as in the dialog. */
  brief: boolean;
}

const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Enter', 'Tab'], text: 'entry.key.next', brief: true },
  { keys: ['Shift+Enter', 'Shift+Tab'], text: 'entry.key.prev', brief: false },
  { keys: ['↑ ↓'], text: 'entry.key.pick', brief: false },
  { keys: ['Ctrl+Enter'], text: 'entry.key.saveNext', brief: true },
  { keys: ['Ctrl+S'], text: 'entry.key.save', brief: true },
  { keys: ['F4', 'Ctrl+Space'], text: 'entry.key.notInBook', brief: true },
  { keys: ['Ctrl+G, 1…9', 'Alt+Shift+1…9'], text: 'entry.key.section', brief: false },
  { keys: ['Ctrl+D'], text: 'entry.key.damaged', brief: true },
  { keys: ['Esc'], text: 'entry.key.escape', brief: false },
  { keys: ['Alt+PageUp', 'Alt+PageDown'], text: 'viewer.key.flip', brief: true },
  { keys: ['Alt+=', 'Alt+−', 'Alt+Home'], text: 'viewer.key.zoom', brief: false },
  { keys: ['Alt+← → ↑ ↓'], text: 'viewer.key.pan', brief: false },
  { keys: ['F8'], text: 'viewer.key.toggle', brief: false },
  { keys: ['Alt+Insert', 'Alt+L'], text: 'viewer.key.link', brief: false },
  { keys: ['Alt+Delete'], text: 'viewer.key.unlink', brief: false },
  { keys: ['F1', '?'], text: 'entry.key.help', brief: true },
];

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 ? ' / ' : ''}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}

export function ShortcutLine() {
  const t = useT();
  return (
    <p className="entry-keys" aria-label={t('entry.keys.label')}>
      {SHORTCUTS.filter((s) => s.brief).map((s) => (
        <span key={s.text} className="entry-key">
          <Keys keys={s.keys} /> {t(s.text)}
        </span>
      ))}
    </p>
  );
}

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useModal(onClose);
  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby="entry-help-title" data-testid="entry-help">
      <h2 id="entry-help-title">{t('entry.help.title')}</h2>
      <dl className="entry-help-list">
        {SHORTCUTS.map((s) => (
          <div key={s.text}>
            <dt>
              <Keys keys={s.keys} />
            </dt>
            <dd>{t(s.text)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('entry.help.close')}
        </button>
      </div>
    </dialog>
  );
}
