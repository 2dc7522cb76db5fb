/**
 * Roles of the digitisation team (DOMAIN.md §5) and what each may do. Pure data: the store
 * enforces `citizenData` cryptographically (a technician-only slot carries no data key);
 * the UI only reads these to decide what to show.
 */
import { z } from 'zod';

export const Role = z.enum(['clerk', 'justice', 'police', 'lead', 'technician']);
export type Role = z.infer<typeof Role>;

export const roles: readonly Role[] = Role.options;

export type Permission =
  | 'citizenData'
  | 'keyEntries'
  | 'review'
  | 'manageBooks'
  | 'manageUsers'
  | 'viewAudit'
  | 'reports'
  | 'securityCheck'
  | 'approveSync'
  | 'settings'
  | 'diagnostics';

const grants: Record<Role, readonly Permission[]> = {
  clerk: ['citizenData', 'keyEntries'],
  justice: ['citizenData', 'keyEntries', 'review', 'manageBooks', 'reports'],
  police: ['citizenData', 'securityCheck', 'approveSync', 'viewAudit'],
  lead: ['citizenData', 'manageUsers', 'manageBooks', 'reports', 'viewAudit', 'settings', 'diagnostics'],
  technician: ['settings', 'diagnostics'],
};

export function can(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => grants[role].includes(permission));
}

/** SECURITY: decides whether a user's key slot may carry the citizen-data and search keys. */
export const mayHoldDataKey = (userRoles: readonly Role[]): boolean => can(userRoles, 'citizenData');
