/**
 * What verification found for the entry under review, from what the store keeps: a dependent
 * re-keying (who, when, keyer and verifier errors) or an independent double entry (who keyed it
 * the second time, how many fields differed, and how the officer decided them). Names come from
 * the entry's history, where the audit log has them, else the short id.
 */
import { useEffect, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { formatDateTime } from '../../i18n/dates';
import { useT } from '../../i18n/use-t';
import type { DoubleEntryView } from '../../store/double-entry';
import type { VerificationView } from '../../store/entry-verification';
import type { EntryId, UserId } from '../../store/types';
import { ErrorNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';

type Found = { dependent: VerificationView | null; double: DoubleEntryView | null };

export function VerificationSummary({ id, nameOf }: { id: EntryId; nameOf: (id: UserId) => string }) {
  const t = useT();
  const citizen = useCitizen();
  const { run, error } = useAction();
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    let live = true;
    void run(async () => {
      const [dependent, double] = await Promise.all([citizen.verification.result(id), citizen.doubleEntry.result(id)]);
      if (live) setFound({ dependent, double });
    });
    return () => {
      live = false;
    };
  }, [citizen, run, id]);

  if (!found) return <ErrorNotice message={error} />;
  const { dependent, double } = found;
  return (
    <section aria-labelledby="review-verification-title" data-testid="review-verification">
      <h2 id="review-verification-title">{t('review.verification.title')}</h2>
      {dependent ? (
        <p data-testid="review-verification-line">
          {t('review.verification.dependent', {
            by: nameOf(dependent.by),
            at: formatDateTime(dependent.at),
            keyerErrors: dependent.keyerErrors,
            verifierErrors: dependent.verifierErrors,
            fields: dependent.fieldsWithErrors,
          })}
        </p>
      ) : null}
      {double ? (
        <p data-testid="review-verification-line">
          {t('review.verification.independent', { by: nameOf(double.by), at: formatDateTime(double.at), fields: double.fields, differences: double.differences })}{' '}
          {double.arbitration
            ? t('review.verification.arbitrated', {
                by: nameOf(double.arbitration.by),
                at: formatDateTime(double.arbitration.at),
                a: double.arbitration.keyerErrors,
                b: double.arbitration.verifierErrors,
                typed: double.arbitration.typed,
              })
            : double.differences > 0
              ? t('review.verification.waiting')
              : null}
        </p>
      ) : null}
      {!dependent && !double ? <p className="muted">{t('review.verification.none')}</p> : null}
    </section>
  );
}
