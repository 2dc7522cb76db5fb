/**
 * One entry under review, read-only: its values by section, its validation issues, why it was
 * returned last time, and its history. A approves, R opens the return dialog, Esc goes back to
 * the queue; the buttons do the same. Offers only what the lifecycle table allows this person;
 * the store decides again on write.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { FieldDef, RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { validateEntry } from '../../../shared/domain/validation';
import { useCitizen } from '../../app/citizen-context';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView, EntryHistoryItem, EntryId, EntryView, SessionInfo } from '../../store/types';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { registerTypeName } from '../books/register-type-names';
import { codeDisplay } from '../entry/code-match';
import { formLayout } from '../entry/form-layout';
import { IssueSummary } from '../entry/IssueSummary';
import { todayDate } from '../entry/today';
import { EntryHistory } from './EntryHistory';
import { mayDecide } from './review-queue';
import { ReturnDialog } from './ReturnDialog';

export interface EntryReviewProps {
  session: SessionInfo;
  book: BookView;
  def: RegisterTypeDef;
  id: EntryId;
  onDecided: (message: string) => void;
  onBack: () => void;
}

const rowId = (key: string) => `review-field-${key}`;
const typing = (target: EventTarget) => target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

export function EntryReview({ session, book, def, id, onDecided, onBack }: EntryReviewProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const { run, busy, error } = useAction();
  const [entry, setEntry] = useState<EntryView | null>(null);
  const [history, setHistory] = useState<EntryHistoryItem[]>([]);
  const [returning, setReturning] = useState(false);
  const layout = useMemo(() => formLayout(def), [def]);
  const today = useMemo(todayDate, []);

  useEffect(() => {
    let live = true;
    void run(async () => {
      const [view, items] = await Promise.all([citizen.entries.get(id), citizen.review.history(id)]);
      if (!live) return;
      setEntry(view);
      setHistory(items);
    });
    return () => {
      live = false;
    };
  }, [citizen, run, id]);

  const issues = useMemo(() => (entry ? validateEntry(def, { values: entry.values, notInBook: entry.notInBook }, { today }) : []), [def, entry, today]);
  const flagged = useMemo(() => new Set(issues.map((i) => i.path)), [issues]);

  const labelOf = (field: FieldDef) => (locale === 'en' ? field.labelEn : field.label);
  const fieldLabel = (key: string) => {
    const field = layout.fields.get(key);
    return field ? labelOf(field) : key;
  };

  if (!entry) return <ErrorNotice message={error} />;

  const so = entry.values['so'] || t('entry.noSo');
  const mayApprove = mayDecide('approve', entry, book, session.user);
  const mayReturn = mayDecide('return', entry, book, session.user);
  const approve = () => run(async () => {
    await citizen.review.approve([id]);
    onDecided(t('review.approved', { so }));
  });
  const sendBack = (reason: string, field: string | null) =>
    run(async () => {
      await citizen.review.return(id, reason, field ?? undefined);
      setReturning(false);
      onDecided(t('review.returned', { so }));
    });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (returning || busy || e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'a' && mayApprove) void approve();
    else if (key === 'r' && mayReturn) setReturning(true);
    else if (e.key === 'Escape') onBack();
    else return;
    e.preventDefault();
  };

  const shown = (field: FieldDef) => (entry.values[field.key] ?? '') !== '' || entry.notInBook.includes(field.key) || flagged.has(field.key);
  const display = (field: FieldDef) => {
    if (entry.notInBook.includes(field.key)) return <em>{t('review.entry.notInBook')}</em>;
    const value = entry.values[field.key] ?? '';
    return field.codeList ? codeDisplay(field.codeList, value) : value;
  };

  return (
    <article className="review-entry" data-testid="review-entry" data-status={entry.status} onKeyDown={onKeyDown}>
      <ScreenHeading>{t('review.entry.title', { so, type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <p className="field-hint">{t('review.entry.keys')}</p>
      <ErrorNotice message={error} />
      {mayApprove ? null : <p className="notice notice-error" data-testid="review-own">{t('review.entry.own')}</p>}
      {entry.review?.decision === 'returned' ? (
        <p className="notice notice-error">{t('review.entry.previous', { reason: entry.review.field ? `${fieldLabel(entry.review.field)}: ${entry.review.reason}` : entry.review.reason })}</p>
      ) : null}
      <div className="actions">
        <button type="button" data-testid="review-approve" disabled={!mayApprove || busy} onClick={() => void approve()}>
          {t('review.entry.approve')}
        </button>
        <button type="button" className="secondary" data-testid="review-return" disabled={!mayReturn || busy} onClick={() => setReturning(true)}>
          {t('review.entry.return')}
        </button>
        <button type="button" className="secondary" data-testid="review-back" onClick={onBack}>
          {t('review.entry.back')}
        </button>
      </div>
      {issues.length === 0 ? <p className="muted">{t('review.entry.noIssues')}</p> : null}
      <IssueSummary issues={issues} onPick={(key) => document.getElementById(rowId(key))?.focus()} />
      <section aria-label={t('review.entry.valuesLabel')} data-testid="review-values">
        {layout.sections.map((section) => {
          const fields = section.fields.filter(shown);
          if (fields.length === 0) return null;
          return (
            <table key={section.id} className="data-table">
              <caption>{locale === 'en' ? section.labelEn : section.label}</caption>
              <tbody>
                {fields.map((field) => (
                  <tr key={field.key} id={rowId(field.key)} tabIndex={-1} className={flagged.has(field.key) ? 'selected' : undefined} data-field={field.key}>
                    <th scope="row">{labelOf(field)}</th>
                    <td>{display(field)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </section>
      <EntryHistory items={history} fieldLabel={fieldLabel} />
      {returning ? <ReturnDialog so={so} fields={def.fields} busy={busy} onSubmit={(reason, field) => void sendBack(reason, field)} onClose={() => setReturning(false)} /> : null}
    </article>
  );
}
