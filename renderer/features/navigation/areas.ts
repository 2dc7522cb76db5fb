/**
 * The app's areas (left navigation) and who may see each. Pure data plus one filter; the
 * store enforces access for real, this only decides what to show. An area marked citizenData
 * is hidden from any session without the data key, whatever its roles say.
 */
import { can, type Permission, type Role } from '../../../shared/auth/roles';

export type AreaId = 'books' | 'entry' | 'verification' | 'search' | 'review' | 'reports' | 'security' | 'sync' | 'audit' | 'users' | 'settings' | 'diagnostics';

interface AreaRule {
  id: AreaId;
  /** Any one of these suffices; empty means every signed-in person. */
  anyOf: readonly Permission[];
  citizenData: boolean;
}

const rules: readonly AreaRule[] = [
  { id: 'books', anyOf: ['citizenData'], citizenData: true },
  { id: 'entry', anyOf: ['keyEntries'], citizenData: true },
  // Clerks re-key others' entries here; the team lead reads the operator statistics.
  { id: 'verification', anyOf: ['keyEntries', 'reports'], citizenData: true },
  { id: 'search', anyOf: ['citizenData'], citizenData: true },
  { id: 'review', anyOf: ['review'], citizenData: true },
  { id: 'reports', anyOf: ['reports'], citizenData: true },
  { id: 'security', anyOf: ['securityCheck'], citizenData: true },
  { id: 'sync', anyOf: ['approveSync', 'manageBooks'], citizenData: true },
  // The audit log names the people and records touched, so it counts as citizen data.
  { id: 'audit', anyOf: ['viewAudit'], citizenData: true },
  { id: 'users', anyOf: ['manageUsers'], citizenData: false },
  // Everyone may change their own password and language here.
  { id: 'settings', anyOf: [], citizenData: false },
  { id: 'diagnostics', anyOf: ['diagnostics'], citizenData: false },
];

export function visibleAreas(userRoles: readonly Role[], citizenAccess: boolean): AreaId[] {
  return rules
    .filter((rule) => (citizenAccess || !rule.citizenData) && (rule.anyOf.length === 0 || rule.anyOf.some((p) => can(userRoles, p))))
    .map((rule) => rule.id);
}

/** The area Alt+digit jumps to: 1–9 are the first nine visible areas, 0 the tenth. */
export function areaForDigit(visible: readonly AreaId[], digit: number): AreaId | undefined {
  return visible[digit === 0 ? 9 : digit - 1];
}
