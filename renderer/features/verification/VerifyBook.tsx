/**
 * One book's verification queue for the signed-in clerk: loads the next entry they may verify
 * (keyed by someone else, selected by the book's policy), shows the blind re-key form, saves
 * the attempts and moves on. Holds the entry only while it is on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView, WorkMeasure } from '../../store/types';
import type { VerificationTask } from '../../store/entry-verification';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { BlindRekeyForm } from './BlindRekeyForm';
import { attemptsOf, valuesOf, type RekeyFields } from './rekey-fields';

export function VerifyBook({ book, onLeave }: { book: BookView; onLeave: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [task, setTask] = useState<VerificationTask | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const code = RegisterTypeCode.safeParse(book.type);
  const def = code.success ? getRegisterType(code.data) : null;

  const loadNext = useCallback(
    () =>
      citizen.verification.next(book.id).then(
        (next) => setTask(next),
        (e: unknown) => setError(errorText(e)),
      ),
    [citizen, book.id, errorText],
  );

  useEffect(() => {
    void loadNext();
  }, [loadNext]);

  const save = async (rekeyed: RekeyFields, work: WorkMeasure) => {
    if (!task || busy) return;
    setBusy(true);
    setError(null);
    try {
      if (task.method === 'independent') {
        await citizen.doubleEntry.saveSecondKeying(task.entry.id, valuesOf(rekeyed), work);
        setStatus(t('verification.entry.savedSecond'));
      } else {
        await citizen.verification.saveDependent(task.entry.id, attemptsOf(rekeyed), work);
        const result = await citizen.verification.result(task.entry.id);
        setStatus(t('verification.entry.saved', { keyer: result?.keyerErrors ?? 0, verifier: result?.verifierErrors ?? 0 }));
      }
      setTask(undefined);
      await loadNext();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const typeName = def ? (locale === 'en' ? def.nameEn : def.name) : book.type;
  return (
    <section data-testid="verify-book">
      <ScreenHeading takeFocus={task === null}>{t('verification.entry.title', { type: typeName, quyenSo: book.quyenSo })}</ScreenHeading>
      <p className="field-hint">{t('verification.entry.keys')}</p>
      <StatusNotice message={status} />
      <ErrorNotice message={error} />
      {task === null ? (
        <>
          <p data-testid="verify-none">{t('verification.entry.none')}</p>
          <button type="button" className="secondary" onClick={onLeave}>
            {t('verification.entry.otherBook')}
          </button>
        </>
      ) : null}
      {task && def ? (
        <BlindRekeyForm
          key={task.entry.id}
          def={def}
          fieldKeys={task.fields}
          original={task.method === 'dependent' ? task.entry.values : null}
          yearTo={book.yearTo}
          busy={busy}
          onSave={(rekeyed, work) => void save(rekeyed, work)}
          onLeave={onLeave}
        />
      ) : null}
    </section>
  );
}
