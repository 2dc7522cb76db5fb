/**
 * The audit log for the lead and the police: filters, the entries and the integrity check.
 * Read-only; the list of people in the filter comes from the log itself, since the police may
 * not list accounts.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView, AuditFilter } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { AUDIT_PAGE_LIMIT, buildAuditFilter, emptyAuditFilterForm, type AuditFilterForm } from './audit-filter';
import { AuditFilters, type Actor } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AuditVerify } from './AuditVerify';

function mergeActors(known: readonly Actor[], entries: readonly AuditEntryView[]): Actor[] {
  const byId = new Map(known.map((a) => [a.id, a]));
  for (const e of entries) if (e.actorId && e.actorName && !byId.has(e.actorId)) byId.set(e.actorId, { id: e.actorId, name: e.actorName });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function AuditScreen() {
  const t = useT();
  const { store } = useServices();
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [actors, setActors] = useState<Actor[]>([]);
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilterForm);
  const [invalid, setInvalid] = useState<'from' | 'to' | 'range' | null>(null);
  const loading = useAction();
  const { run } = loading;

  /** The filter the list shows, and whether the store may hold older entries matching it. */
  const [shown, setShown] = useState<{ filter: AuditFilter; more: boolean }>({ filter: { limit: AUDIT_PAGE_LIMIT }, more: false });

  const load = useCallback(
    (filter: AuditFilter, older: readonly AuditEntryView[] = []) =>
      run(async () => {
        const last = older.at(-1);
        const found = await store.audit.list(last ? { ...filter, beforeSeq: last.seq } : filter);
        setEntries([...older, ...found]);
        setShown({ filter, more: found.length === (filter.limit ?? AUDIT_PAGE_LIMIT) });
        setActors((known) => mergeActors(known, found));
      }),
    [run, store],
  );

  useEffect(() => {
    void load({ limit: AUDIT_PAGE_LIMIT });
  }, [load]);

  const apply = () => {
    const built = buildAuditFilter(form);
    setInvalid(built.ok ? null : built.field);
    if (built.ok) void load(built.filter);
  };

  return (
    <section data-testid="screen-audit">
      <ScreenHeading>{t('nav.audit')}</ScreenHeading>
      <AuditVerify />
      <AuditFilters form={form} actors={actors} invalid={invalid} onChange={setForm} onApply={apply} />
      <ErrorNotice message={loading.error} />
      <p className="count" role="status">
        {loading.busy ? t('common.loading') : t('audit.count', { n: entries.length })}
      </p>
      <AuditTable entries={entries} />
      {shown.more && (
        <button type="button" data-testid="audit-older" disabled={loading.busy} onClick={() => void load(shown.filter, entries)}>
          {t('audit.older', { n: AUDIT_PAGE_LIMIT })}
        </button>
      )}
    </section>
  );
}
