/**
 * The acceptance checklist as a list: per line its level in words (never colour alone), what
 * was found, and the entries concerned by their number (the first few; the rest counted).
 * Presentational; the check itself is shared/domain/acceptance.
 */
import type { AcceptanceCheck, CheckLevel, EntryRef, InvalidEntry } from '../../../../shared/domain/acceptance';
import { useLocale, useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/vi';

/** Enough to find them in the book; the officer works through them in review or keying. */
const SHOWN = 20;

function Line({ kind, level, title, text, entries }: { kind: string; level: CheckLevel; title: string; text: string; entries?: readonly (EntryRef | InvalidEntry)[] }) {
  const t = useT();
  const { locale } = useLocale();
  const rest = (entries?.length ?? 0) - SHOWN;
  return (
    <li className={`acceptance-line level-${level}`} data-testid={`acceptance-${kind}`} data-level={level}>
      <p className="acceptance-line-head">
        <strong className="acceptance-level">{t(`acceptance.level.${level}`)}</strong> {title}
      </p>
      <p className="acceptance-line-text">{text}</p>
      {entries && entries.length > 0 ? (
        <ul className="acceptance-entries">
          {entries.slice(0, SHOWN).map((e) => {
            const status = t(`search.status.${e.status}`);
            return (
              <li key={e.id}>
                {e.so === '' ? t('acceptance.entryNoSo', { status }) : t('acceptance.entry', { so: e.so, status })}
                {'errors' in e ? `: ${e.errors.map((i) => (locale === 'en' ? (i.messageEn ?? i.message) : i.message)).join('; ')}` : null}
              </li>
            );
          })}
          {rest > 0 ? <li>{t('acceptance.more', { n: rest })}</li> : null}
        </ul>
      ) : null}
    </li>
  );
}

export function CheckList({ check }: { check: AcceptanceCheck }) {
  const t = useT();
  const { count, unsettled, invalid, unlinked } = check;
  const countText =
    count.difference === 0
      ? t('acceptance.count.match')
      : t(count.difference < 0 ? 'acceptance.count.short' : 'acceptance.count.excess', { n: Math.abs(count.difference) });
  const many = (entries: readonly unknown[], none: MessageKey, some: MessageKey) =>
    entries.length === 0 ? t(none) : t(some, { n: entries.length });
  return (
    <ul className="acceptance-check" aria-label={t('acceptance.checkLabel')}>
      <Line
        kind="count"
        level={count.level}
        title={t('acceptance.count.title')}
        text={`${t('acceptance.count.detail', { surveyed: count.surveyed, keyed: count.keyed, damaged: count.damaged, total: count.keyed + count.damaged })} ${countText}`}
      />
      <Line kind="unsettled" level={unsettled.level} title={t('acceptance.unsettled.title')} text={many(unsettled.entries, 'acceptance.unsettled.none', 'acceptance.unsettled.some')} entries={unsettled.entries} />
      <Line kind="invalid" level={invalid.level} title={t('acceptance.invalid.title')} text={many(invalid.entries, 'acceptance.invalid.none', 'acceptance.invalid.some')} entries={invalid.entries} />
      <Line
        kind="unlinked"
        level={unlinked.level}
        title={t('acceptance.unlinked.title')}
        text={many(unlinked.entries, 'acceptance.unlinked.none', 'acceptance.unlinked.some')}
        entries={unlinked.entries}
      />
    </ul>
  );
}
