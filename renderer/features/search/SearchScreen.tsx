/**
 * The global search: one box that understands names, ID numbers, birth years and registration
 * numbers, explicit fields for each, and filters by type, book, status and clerk. Searches as
 * the clerk types (debounced, stale answers dropped) and lists hits in the virtualised result
 * list. Holds only the form and ids; decrypted rows live in the result list's cache.
 */
import { useMemo, useState } from 'react';
import { entryStatuses } from '../../../shared/domain/lifecycle';
import type { SessionInfo } from '../../store/types';
import { useLocale, useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { registerTypeOptions } from '../books/register-type-names';
import { useBooksOverview } from '../books/use-books-overview';
import { useUserNames } from '../books/use-user-names';
import { EntryResults } from './EntryResults';
import { ResultCount } from './ResultCount';
import { buildEntryQuery, emptySearchForm, type SearchForm } from './search-query';
import { useEntrySearch } from './use-entry-search';

export function SearchScreen({ session }: { session: SessionInfo }) {
  const t = useT();
  const { locale } = useLocale();
  const overview = useBooksOverview();
  const userName = useUserNames(session);
  const [form, setForm] = useState<SearchForm>(emptySearchForm);
  const query = useMemo(() => buildEntryQuery(form), [form]);
  const search = useEntrySearch(query);
  const byId = useMemo(() => new Map(overview.books.map((b) => [b.id, b])), [overview.books]);

  const set = (field: keyof SearchForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const all = { value: '', label: t('search.all') };
  const bookOptions = overview.books
    .filter((b) => form.type === '' || b.type === form.type)
    .map((b) => ({ value: b.id, label: `${b.type} ${b.quyenSo}` }));

  return (
    <section data-testid="screen-search">
      <ScreenHeading takeFocus={false}>{t('nav.search')}</ScreenHeading>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField label={t('search.q')} name="q" type="search" autoComplete="off" autoFocus spellCheck={false} className="wide" hint={t('search.qHint')} value={form.q} onChange={set('q')} />
        <div className="filters">
          <TextField label={t('search.idNumber')} name="idNumber" inputMode="numeric" autoComplete="off" value={form.idNumber} onChange={set('idNumber')} />
          <TextField label={t('search.birthYear')} name="birthYear" inputMode="numeric" autoComplete="off" value={form.birthYear} onChange={set('birthYear')} />
          <TextField label={t('search.so')} name="so" autoComplete="off" value={form.so} onChange={set('so')} />
        </div>
        <div className="filters">
          <SelectField
            label={t('search.filterType')}
            name="filterType"
            value={form.type}
            options={[all, ...registerTypeOptions(locale)]}
            // A book of another type could never match, so choosing a type drops the book filter.
            onChange={(type) => setForm((f) => ({ ...f, type, bookId: type === '' || overview.books.find((b) => b.id === f.bookId)?.type === type ? f.bookId : '' }))}
          />
          <SelectField label={t('search.filterBook')} name="filterBook" value={form.bookId} options={[all, ...bookOptions]} onChange={set('bookId')} />
          <SelectField
            label={t('search.filterStatus')}
            name="filterStatus"
            value={form.status}
            options={[all, ...entryStatuses.map((s) => ({ value: s, label: t(`search.status.${s}`) }))]}
            onChange={set('status')}
          />
          <SelectField
            label={t('search.filterClerk')}
            name="filterClerk"
            value={form.clerk}
            options={[all, ...overview.clerks.map((id) => ({ value: id, label: userName(id) }))]}
            onChange={set('clerk')}
          />
        </div>
        <div className="actions">
          <button type="button" className="secondary" data-testid="search-clear" onClick={() => setForm(emptySearchForm)}>
            {t('search.clear')}
          </button>
        </div>
      </form>
      <ErrorNotice message={overview.error} />
      <ResultCount search={search} />
      {search.ids && search.ids.length > 0 ? <EntryResults resetKey={JSON.stringify(query)} ids={search.ids} books={byId} userName={userName} label={t('search.resultsLabel')} /> : null}
    </section>
  );
}
