/**
 * One scanned page under review: the page beside the entries awaiting review whose first
 * linked page it is (number, main person, clerk, what validation found), approved together
 * with A after a confirmation that names them. Approving the page takes only the entries
 * without validation errors that this officer may decide; the others stay listed, to be opened
 * (Enter) and decided one by one. The store approves the entries as shown, all or none.
 * Alt+Page Down / Page Up go to the next / previous page with entries waiting; the other
 * viewer keys are the entry form's.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { awaitingReview } from '../../../shared/domain/lifecycle';
import type { EntriesOfPage } from '../../../shared/domain/review-pages';
import { hasErrors, type Issue } from '../../../shared/domain/validation';
import { useCitizen } from '../../app/citizen-context';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView, EntryId, EntryView, SessionInfo } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { FormDialog } from '../../ui/FormDialog';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { registerTypeName } from '../books/register-type-names';
import { useUserNames } from '../books/use-user-names';
import { PagePanel } from '../entry/PagePanel';
import { todayDate } from '../entry/today';
import { usePageViewer } from '../entry/use-page-viewer';
import { applyViewerAction, viewerKeyAction } from '../entry/viewer-keys';
import { mainPersonOf } from '../search/main-person';
import { pageApproval } from './review-queue';
import { reviewIssues } from './review-issues';

export interface PageReviewProps {
  session: SessionInfo;
  book: BookView;
  def: RegisterTypeDef;
  page: EntriesOfPage<EntryId>;
  /** 0-based among the pages with entries waiting, and how many there are. */
  position: number;
  total: number;
  onOpen: (id: EntryId) => void;
  onApproved: (count: number) => void;
  onMove: (delta: 1 | -1) => void;
  onBack: () => void;
}

interface Row {
  view: EntryView;
  issues: Issue[];
  hasErrors: boolean;
}

const typing = (target: EventTarget) => target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

export function PageReview({ session, book, def, page, position, total, onOpen, onApproved, onMove, onBack }: PageReviewProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const userName = useUserNames(session);
  const load = useAction();
  const decision = useAction();
  const busy = decision.busy;
  /** Bumped after a refused approval: the page is read again as it is now. */
  const [generation, setGeneration] = useState(0);
  const viewer = usePageViewer(book.id, page.pageId);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const listRef = useRef<HTMLTableSectionElement>(null);
  const today = useMemo(todayDate, []);

  const { run } = load;
  useEffect(() => {
    let live = true;
    void run(async () => {
      const views = await citizen.entries.open(page.entries);
      const checked = await Promise.all(
        views.map(async (view) => {
          const issues = await reviewIssues(citizen.entries, def, view, today);
          return { view, issues, hasErrors: hasErrors(issues) };
        }),
      );
      if (live) setRows(checked);
    });
    return () => {
      live = false;
    };
  }, [citizen, run, def, page.entries, today, generation]);

  // In the commit that lists the entries, so the page's keys work as soon as the page shows them.
  useLayoutEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [rows]);

  const split = useMemo(() => pageApproval(rows ?? [], book, session.user), [rows, book, session.user]);
  const soList = (list: readonly Row[]) => list.map((r) => r.view.values['so'] || t('entry.noSo')).join(', ');

  const approve = async () => {
    const approved = await decision.run(async () => {
      try {
        await citizen.review.approvePage(
          page.pageId,
          split.approve.map((r) => r.view),
        );
      } finally {
        setConfirming(false);
      }
    });
    if (approved) onApproved(split.approve.length);
    // Refused (an entry changed or was decided elsewhere since it was shown): nothing was approved; show the page as it is now.
    else setGeneration((g) => g + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (confirming || busy || e.defaultPrevented) return;
    const viewerAction = viewerKeyAction(e);
    if (viewerAction?.type === 'page') onMove(viewerAction.delta);
    else if (viewerAction) applyViewerAction(viewer, viewerAction);
    else if (e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
    else if (e.key.toLowerCase() === 'a' && split.approve.length > 0) setConfirming(true);
    else if (e.key === 'Escape') onBack();
    else return;
    e.preventDefault();
    // Decided here: the frame's own shortcuts must not act on the same key.
    e.stopPropagation();
  };

  const check = (row: Row) => {
    if (!awaitingReview.includes(row.view.status)) return t('review.page.decided', { status: t(`search.status.${row.view.status}`) });
    if (split.notApprovable.includes(row)) return t('review.page.own');
    const errors = row.issues.filter((i) => i.severity === 'error').length;
    return row.issues.length === 0 ? t('review.page.ok') : t('review.page.issues', { errors, warnings: row.issues.length - errors });
  };

  const heading = <ScreenHeading takeFocus={false}>{t('review.page.title', { n: page.number, type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>;
  // The page is offered for review only once its entries are listed beside it.
  if (!rows) {
    return (
      <section className="review-page" data-testid="review-page-loading">
        {heading}
        <ErrorNotice message={load.error} />
        {load.error ? null : <p>{t('review.page.loading')}</p>}
      </section>
    );
  }

  return (
    <section className="review-page" data-testid="review-page" data-page={page.number} onKeyDown={onKeyDown}>
      {heading}
      <p className="field-hint">{t('review.page.keys')}</p>
      <ErrorNotice message={decision.error} />
      <ErrorNotice message={load.error} />
      <div className={viewer.open ? 'entry-layout' : 'entry-layout entry-layout-wide'}>
        <div className="entry-main">
          <p data-testid="review-page-position">{t('review.page.position', { position: position + 1, total, count: page.entries.length })}</p>
          <table className="data-table" aria-label={t('review.page.listLabel', { n: page.number })}>
            <thead>
              <tr>
                <th scope="col">{t('review.page.col.so')}</th>
                <th scope="col">{t('review.page.col.name')}</th>
                <th scope="col">{t('review.page.col.clerk')}</th>
                <th scope="col">{t('review.page.col.check')}</th>
              </tr>
            </thead>
            <tbody ref={listRef} onKeyDown={moveFocusWithArrows} data-testid="review-page-entries">
              {rows.map((row) => {
                const person = mainPersonOf(row.view.type, row.view.values);
                return (
                  <tr key={row.view.id} className={row.hasErrors ? 'selected' : undefined} data-testid="review-page-entry" data-errors={row.hasErrors ? 'yes' : 'no'}>
                    <td>
                      <button type="button" className="link" onClick={() => onOpen(row.view.id)}>
                        {row.view.values['so'] || t('entry.noSo')}
                      </button>
                    </td>
                    <td>
                      {person.name || t('entry.noName')}
                      {person.birth ? <span className="muted"> · {person.birth}</span> : null}
                    </td>
                    <td>{userName(row.view.createdBy)}</td>
                    <td>{check(row)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="field-hint">{t('review.page.rule')}</p>
          <div className="actions">
            <button type="button" data-testid="review-page-approve" disabled={split.approve.length === 0 || busy} onClick={() => setConfirming(true)}>
              {t('review.page.approve', { n: split.approve.length })}
            </button>
            {position > 0 ? (
              <button type="button" className="secondary" onClick={() => onMove(-1)}>
                {t('review.page.prev')}
              </button>
            ) : null}
            {position < total - 1 ? (
              <button type="button" className="secondary" onClick={() => onMove(1)}>
                {t('review.page.next')}
              </button>
            ) : null}
            <button type="button" className="secondary" data-testid="review-page-back" onClick={onBack}>
              {t('review.page.back')}
            </button>
          </div>
        </div>
        <PagePanel viewer={viewer} linked={[page.pageId]} />
      </div>
      {confirming ? (
        <FormDialog
          title={t('review.page.confirm.title', { n: page.number })}
          intro={t('review.page.confirm.intro', { count: split.approve.length, n: page.number, list: soList(split.approve) })}
          submitLabel={t('review.page.confirm.save', { count: split.approve.length })}
          ready={!busy}
          testId="review-page-confirm"
          onSubmit={() => void approve()}
          onClose={() => setConfirming(false)}
        >
          {() => (
            <>
              {split.withErrors.length > 0 ? (
                <p className="notice notice-error" data-testid="review-page-confirm-errors">
                  {t('review.page.confirm.withErrors', { n: split.withErrors.length, list: soList(split.withErrors) })}
                </p>
              ) : null}
              {split.notApprovable.length > 0 ? <p className="notice">{t('review.page.confirm.notApprovable', { n: split.notApprovable.length, list: soList(split.notApprovable) })}</p> : null}
            </>
          )}
        </FormDialog>
      ) : null}
    </section>
  );
}
