/**
 * The acceptance (nghiệm thu) of one keyed book: runs the check, shows the checklist and what
 * it means for acceptance, and lets the justice officer sign the book off with a note in a
 * dialog. The check's opened values live in this screen's state only, dropped when it closes.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AcceptanceCheck } from '../../../../shared/domain/acceptance';
import { useCitizen } from '../../../app/citizen-context';
import { useLocale, useT } from '../../../i18n/use-t';
import type { BookView } from '../../../store/types';
import { ErrorNotice } from '../../../ui/Notice';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { useAction } from '../../../ui/use-action';
import { registerTypeName } from '../register-type-names';
import { CheckList } from './CheckList';
import { NoteDialog } from './NoteDialog';

export interface AcceptanceScreenProps {
  book: BookView;
  onBack: () => void;
  onAccepted: (book: BookView) => void;
}

export function AcceptanceScreen({ book, onBack, onAccepted }: AcceptanceScreenProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const load = useAction();
  const accept = useAction();
  const [check, setCheck] = useState<AcceptanceCheck | null>(null);
  const [signing, setSigning] = useState(false);

  const { run: runLoad } = load;
  const recheck = useCallback(() => runLoad(async () => setCheck(await citizen.books.acceptanceCheck(book.id))), [runLoad, citizen, book.id]);

  useEffect(() => {
    void recheck();
  }, [recheck]);

  // Accepted, the screen gives way to the list; refused, the dialog closes so the reason shows beside the checklist.
  const signOff = async (note: string) => {
    const done = await accept.run(async () => onAccepted(await citizen.books.advance(book.id, 'accept', note)));
    if (!done) setSigning(false);
  };

  const verdict = !check ? null : check.blocked ? 'acceptance.blocked' : check.needsNote ? 'acceptance.readyWithNote' : 'acceptance.ready';
  return (
    <section data-testid="book-acceptance">
      <ScreenHeading>{t('acceptance.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <p className="placeholder">{t('acceptance.intro')}</p>
      <ErrorNotice message={load.error ?? accept.error} />
      {check ? <CheckList check={check} /> : <p>{t('common.loading')}</p>}
      {verdict ? (
        <p className={check?.blocked ? 'notice notice-error' : 'notice notice-ok'} data-testid="acceptance-verdict">
          {t(verdict)}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" data-testid="acceptance-sign" disabled={!check || check.blocked || load.busy} onClick={() => setSigning(true)}>
          {t('acceptance.signOff')}
        </button>
        <button type="button" className="secondary" data-testid="acceptance-recheck" disabled={load.busy} onClick={() => void recheck()}>
          {t('acceptance.recheck')}
        </button>
        <button type="button" className="secondary" data-testid="acceptance-back" onClick={onBack}>
          {t('acceptance.back')}
        </button>
      </div>
      {signing && check ? (
        <NoteDialog
          title={t('acceptance.dialog.title', { quyenSo: book.quyenSo })}
          intro={t('acceptance.dialog.intro')}
          label={t('acceptance.dialog.note')}
          hint={t(check.needsNote ? 'acceptance.dialog.noteRequired' : 'acceptance.dialog.noteOptional')}
          submitLabel={t('acceptance.dialog.submit')}
          required={check.needsNote}
          busy={accept.busy}
          testId="acceptance-dialog"
          onSubmit={(note) => void signOff(note)}
          onClose={() => setSigning(false)}
        />
      ) : null}
    </section>
  );
}
