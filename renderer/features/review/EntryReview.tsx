/**
 * One entry under review, read-only, beside its scanned page: its values by section, its
 * validation issues (the entry form's rules with its duplicate checks), what verification
 * found, why it was returned last time, and its history. A approves, R opens the return
 * dialog, Esc goes back to the queue; the buttons do the same; the page viewer keys are the
 * entry form's. Offers only what the lifecycle table allows this person; the store decides
 * again on write.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { FieldDef, RegisterTypeDef } from '../../../shared/domain/field-kinds';
import type { Issue } from '../../../shared/domain/validation';
import { useCitizen } from '../../app/citizen-context';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView, EntryHistoryItem, EntryId, EntryView, SessionInfo, UserId } from '../../store/types';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { registerTypeName } from '../books/register-type-names';
import { useUserNames } from '../books/use-user-names';
import { codeDisplay } from '../entry/code-match';
import { formLayout } from '../entry/form-layout';
import { IssueSummary } from '../entry/IssueSummary';
import { PagePanel } from '../entry/PagePanel';
import { todayDate } from '../entry/today';
import { usePageViewer } from '../entry/use-page-viewer';
import { applyViewerAction, viewerKeyAction } from '../entry/viewer-keys';
import { EntryHistory } from './EntryHistory';
import { reviewIssues } from './review-issues';
import { mayDecide } from './review-queue';
import { ReturnDialog } from './ReturnDialog';
import { VerificationSummary } from './VerificationSummary';

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
  const [issues, setIssues] = useState<Issue[]>([]);
  const [returning, setReturning] = useState(false);
  const layout = useMemo(() => formLayout(def), [def]);
  const today = useMemo(todayDate, []);
  const userName = useUserNames(session);
  const viewer = usePageViewer(book.id, undefined);
  const { goTo } = viewer;

  useEffect(() => {
    let live = true;
    void run(async () => {
      const [view, items] = await Promise.all([citizen.entries.get(id), citizen.review.history(id)]);
      const found = await reviewIssues(citizen.entries, def, view, today);
      if (!live) return;
      setEntry(view);
      setHistory(items);
      setIssues(found);
      // Once, on the page the entry was keyed from: flipping afterwards is the officer's.
      goTo(view.pages[0]);
    });
    return () => {
      live = false;
    };
    // goTo only sets the page shown; a new function each render must not reload the entry.
  }, [citizen, run, id, def, today]);

  /** Names as the audit log has them (the lead's list is not the officer's to read). */
  const nameOf = (userId: UserId) => history.find((item) => item.actorId === userId)?.actorName ?? userName(userId);
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
    if (returning || busy) return;
    const viewerAction = viewerKeyAction(e);
    if (viewerAction) {
      e.preventDefault();
      e.stopPropagation();
      applyViewerAction(viewer, viewerAction);
      return;
    }
    if (e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
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
      <div className={viewer.open ? 'entry-layout' : 'entry-layout entry-layout-wide'}>
        <div className="entry-main">
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
          <VerificationSummary id={id} nameOf={nameOf} />
          <EntryHistory items={history} fieldLabel={fieldLabel} />
        </div>
        <PagePanel viewer={viewer} linked={entry.pages} />
      </div>
      {returning ? <ReturnDialog so={so} fields={def.fields} busy={busy} onSubmit={(reason, field) => void sendBack(reason, field)} onClose={() => setReturning(false)} /> : null}
    </article>
  );
}
