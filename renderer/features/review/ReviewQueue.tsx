/**
 * One page of a book's review queue: number, main person and clerk of each entry, one button
 * each (arrows move, Enter opens it), and approving the page's entries together once they have
 * been looked over. Decrypts only the entries of the page shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import { useLocale, useT } from '../../i18n/use-t';
import type { BookView, EntryId, EntryView, SessionInfo } from '../../store/types';
import { moveFocusWithArrows } from '../../ui/arrow-focus';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { registerTypeName } from '../books/register-type-names';
import { useUserNames } from '../books/use-user-names';
import { mainPersonOf } from '../search/main-person';
import { mayDecide, queuePage } from './review-queue';

export interface ReviewQueueProps {
  session: SessionInfo;
  book: BookView;
  queue: readonly EntryId[];
  page: number;
  onPage: (page: number) => void;
  onOpen: (id: EntryId) => void;
  onApproved: (count: number) => void;
  onOtherBook: () => void;
}

export function ReviewQueue({ session, book, queue, page, onPage, onOpen, onApproved, onOtherBook }: ReviewQueueProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const userName = useUserNames(session);
  const { run, busy, error } = useAction();
  const shown = useMemo(() => queuePage(queue, page), [queue, page]);
  const [views, setViews] = useState<EntryView[]>([]);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    void run(async () => {
      const opened = await citizen.entries.open(shown.ids);
      if (live) setViews(opened);
    });
    return () => {
      live = false;
    };
  }, [citizen, run, shown.ids]);

  useEffect(() => {
    listRef.current?.querySelector('button')?.focus();
  }, [views]);

  const approvable = views.filter((v) => mayDecide('approve', v, book, session.user)).map((v) => v.id);
  const approvePage = () =>
    run(async () => {
      await citizen.review.approve(approvable);
      onApproved(approvable.length);
    });

  return (
    <>
      <ScreenHeading takeFocus={queue.length === 0}>{t('review.queue.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <ErrorNotice message={error} />
      {queue.length === 0 ? (
        <p data-testid="review-queue-empty">{t('review.queue.empty')}</p>
      ) : (
        <>
          <p data-testid="review-queue-count">{t('review.queue.count', { n: queue.length, page: shown.page + 1, pages: shown.pages })}</p>
          <ul ref={listRef} className="entry-book-list" aria-label={t('review.queue.listLabel')} onKeyDown={moveFocusWithArrows} data-testid="review-queue">
            {views.map((v) => (
              <li key={v.id}>
                <button type="button" className="secondary" data-testid="review-queue-item" onClick={() => onOpen(v.id)}>
                  {t('review.queue.item', { so: v.values['so'] || t('entry.noSo'), name: mainPersonOf(v.type, v.values).name || t('entry.noName'), clerk: userName(v.createdBy) })}
                  {mayDecide('approve', v, book, session.user) ? null : <span className="muted"> {t('review.queue.ownMark')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('review.queue.approvePageHint')}</p>
        </>
      )}
      <div className="actions">
        {approvable.length > 0 ? (
          <button type="button" data-testid="review-approve-page" disabled={busy} onClick={() => void approvePage()}>
            {t('review.queue.approvePage', { n: approvable.length })}
          </button>
        ) : null}
        {shown.page > 0 ? (
          <button type="button" className="secondary" onClick={() => onPage(shown.page - 1)}>
            {t('review.queue.prev')}
          </button>
        ) : null}
        {shown.page < shown.pages - 1 ? (
          <button type="button" className="secondary" onClick={() => onPage(shown.page + 1)}>
            {t('review.queue.next')}
          </button>
        ) : null}
        <button type="button" className="secondary" data-testid="review-other-book" onClick={onOtherBook}>
          {t('review.queue.otherBook')}
        </button>
      </div>
    </>
  );
}
