/**
 * A person's roles as one translated, comma-separated phrase (header, user table).
 */
import type { Role } from '../../../shared/auth/roles';
import { useT } from '../../i18n/use-t';

export function RoleList({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return <>{roles.map((role) => t(`role.${role}`)).join(', ')}</>;
}
