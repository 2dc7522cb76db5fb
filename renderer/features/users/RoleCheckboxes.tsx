/**
 * The five roles as labelled checkboxes (name="role-<role>"), shared by the create and edit
 * forms. Controlled; keeps the store's role order whatever order they are ticked in.
 */
import { useId } from 'react';
import { roles as allRoles, type Role } from '../../../shared/auth/roles';
import { useT } from '../../i18n/use-t';

export function RoleCheckboxes({ value, onChange }: { value: readonly Role[]; onChange: (roles: Role[]) => void }) {
  const t = useT();
  const id = useId();
  const toggle = (role: Role, on: boolean) => onChange(allRoles.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className="roles">
      <legend>{t('user.roles')}</legend>
      {allRoles.map((role) => (
        <div className="choice" key={role}>
          <input id={`${id}-${role}`} type="checkbox" name={`role-${role}`} checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
          <label htmlFor={`${id}-${role}`}>{t(`role.${role}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
