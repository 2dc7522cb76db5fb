/**
 * A book's review queue: the scanned pages with entries awaiting review (Enter opens a page to
 * look over beside its entries and approve together), then the entries linked to no scanned
 * page, one screenful at a time, each opened and decided on its own. Arrows move within a
 * list. Decrypts only the entries of the screenful shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewPages } from '../../../shared/domain/review-pages';
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
  grouped: ReviewPages<EntryId>;
  page: number;
  onPage: (page: number) => void;
  onOpen: (id: EntryId) => void;
  onOpenPage: (pageId: string) => void;
  onOtherBook: () => void;
}

export function ReviewQueue({ session, book, grouped, page, onPage, onOpen, onOpenPage, onOtherBook }: ReviewQueueProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const userName = useUserNames(session);
  const { run, error } = useAction();
  const shown = useMemo(() => queuePage(grouped.unlinked, page), [grouped.unlinked, page]);
  const [views, setViews] = useState<EntryView[]>([]);
  const listsRef = useRef<HTMLDivElement>(null);
  const linked = grouped.pages.reduce((n, p) => n + p.entries.length, 0);
  const total = linked + grouped.unlinked.length;

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
    listsRef.current?.querySelector('button')?.focus();
  }, [views, grouped]);

  return (
    <>
      <ScreenHeading takeFocus={total === 0}>{t('review.queue.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <ErrorNotice message={error} />
      {total === 0 ? (
        <p data-testid="review-queue-empty">{t('review.queue.empty')}</p>
      ) : (
        <p data-testid="review-queue-count">{t('review.queue.count', { n: total, linked, pages: grouped.pages.length, unlinked: grouped.unlinked.length })}</p>
      )}
      <div ref={listsRef}>
        {grouped.pages.length > 0 ? (
          <section aria-labelledby="review-pages-title">
            <h2 id="review-pages-title">{t('review.pages.title')}</h2>
            <p className="field-hint">{t('review.pages.intro')}</p>
            <ul className="entry-book-list" aria-labelledby="review-pages-title" onKeyDown={moveFocusWithArrows} data-testid="review-pages">
              {grouped.pages.map((p) => (
                <li key={p.pageId}>
                  <button type="button" className="secondary" data-testid="review-page-item" data-page={p.number} onClick={() => onOpenPage(p.pageId)}>
                    {t('review.pages.item', { n: p.number, count: p.entries.length })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {grouped.unlinked.length > 0 ? (
          <section aria-labelledby="review-unlinked-title">
            <h2 id="review-unlinked-title">{t('review.unlinked.title')}</h2>
            <p className="field-hint">{t('review.unlinked.intro', { page: shown.page + 1, pages: shown.pages })}</p>
            <ul className="entry-book-list" aria-labelledby="review-unlinked-title" onKeyDown={moveFocusWithArrows} data-testid="review-queue">
              {views.map((v) => (
                <li key={v.id}>
                  <button type="button" className="secondary" data-testid="review-queue-item" onClick={() => onOpen(v.id)}>
                    {t('review.queue.item', { so: v.values['so'] || t('entry.noSo'), name: mainPersonOf(v.type, v.values).name || t('entry.noName'), clerk: userName(v.createdBy) })}
                    {mayDecide('approve', v, book, session.user) ? null : <span className="muted"> {t('review.queue.ownMark')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <div className="actions">
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
