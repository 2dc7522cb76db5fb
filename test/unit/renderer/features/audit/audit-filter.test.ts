import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_LIMIT, auditActions, buildAuditFilter, emptyAuditFilterForm } from '../../../../../renderer/features/audit/audit-filter';
import type { UserId } from '../../../../../renderer/store/types';

describe('buildAuditFilter', () => {
  it('an empty form lists everything up to the page limit', () => {
    expect(buildAuditFilter(emptyAuditFilterForm)).toEqual({ ok: true, filter: { limit: AUDIT_PAGE_LIMIT } });
  });

  it('includes the whole "to" day and passes action and person through', () => {
    const result = buildAuditFilter({ from: '01/03/2025', to: '01/03/2025', action: 'user.created', actorId: 'u1' as UserId });
    expect(result).toEqual({
      ok: true,
      filter: {
        limit: AUDIT_PAGE_LIMIT,
        from: new Date(2025, 2, 1).getTime(),
        to: new Date(2025, 2, 2).getTime() - 1,
        actions: ['user.created'],
        actorId: 'u1',
      },
    });
  });

  it('names the wrong field', () => {
    expect(buildAuditFilter({ ...emptyAuditFilterForm, from: '32/01/2025' })).toEqual({ ok: false, field: 'from' });
    expect(buildAuditFilter({ ...emptyAuditFilterForm, to: 'hôm qua' })).toEqual({ ok: false, field: 'to' });
    expect(buildAuditFilter({ ...emptyAuditFilterForm, from: '02/01/2025', to: '01/01/2025' })).toEqual({ ok: false, field: 'range' });
  });

  it('knows every action once', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
    expect(auditActions).toContain('setup.provisioned');
  });
});
