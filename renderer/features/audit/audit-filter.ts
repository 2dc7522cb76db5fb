/**
 * Turns the audit screen's filter form (dd/mm/yyyy text, chosen action and person) into the
 * store's AuditFilter, or says which field is wrong. Pure.
 */
import { endOfDay, parseDate } from '../../i18n/dates';
import type { AuditAction, AuditFilter, UserId } from '../../store/types';

const actionSet: Record<AuditAction, true> = {
  'setup.provisioned': true,
  'auth.login': true,
  'auth.login_failed': true,
  'auth.recovery_used': true,
  'auth.lock': true,
  'auth.unlock': true,
  'user.created': true,
  'user.roles_changed': true,
  'user.deactivated': true,
  'user.reactivated': true,
  'user.password_reset': true,
  'user.password_changed': true,
  'settings.changed': true,
  'book.created': true,
  'book.updated': true,
  'book.status_changed': true,
  'book.exported': true,
  'entry.drafted': true,
  'entry.created': true,
  'entry.updated': true,
  'entry.damaged': true,
  'entry.imported': true,
  'entry.approved': true,
  'entry.returned': true,
  'entry.verified': true,
  'scan.imported': true,
  'scan.pages_changed': true,
  'scan.pages_removed': true,
};

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(actionSet, value);

export const auditActions: readonly AuditAction[] = Object.keys(actionSet).filter(isAuditAction);

/** One page of the log on screen; older pages are added on request. */
export const AUDIT_PAGE_LIMIT = 1000;

export interface AuditFilterForm {
  from: string;
  to: string;
  /** '' for every action. */
  action: string;
  /** '' for every person. */
  actorId: UserId | '';
}

export const emptyAuditFilterForm: AuditFilterForm = { from: '', to: '', action: '', actorId: '' };

export type AuditFilterResult = { ok: true; filter: AuditFilter } | { ok: false; field: 'from' | 'to' | 'range' };

export function buildAuditFilter(form: AuditFilterForm): AuditFilterResult {
  const filter: AuditFilter = { limit: AUDIT_PAGE_LIMIT };
  if (form.from.trim() !== '') {
    const from = parseDate(form.from);
    if (from === null) return { ok: false, field: 'from' };
    filter.from = from;
  }
  if (form.to.trim() !== '') {
    const to = parseDate(form.to);
    if (to === null) return { ok: false, field: 'to' };
    filter.to = endOfDay(to);
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) return { ok: false, field: 'range' };
  if (isAuditAction(form.action)) filter.actions = [form.action];
  if (form.actorId !== '') filter.actorId = form.actorId;
  return { ok: true, filter };
}
