/**
 * The audit filter form: date from/to (dd/mm/yyyy), action, person. Controlled; submitting
 * asks AuditScreen to reload with the filter.
 */
import type { FormEvent } from 'react';
import type { UserId } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { auditActions, emptyAuditFilterForm, type AuditFilterForm } from './audit-filter';

export interface Actor {
  id: UserId;
  name: string;
}

export interface AuditFiltersProps {
  form: AuditFilterForm;
  actors: readonly Actor[];
  invalid: 'from' | 'to' | 'range' | null;
  onChange: (form: AuditFilterForm) => void;
  onApply: () => void;
}

export function AuditFilters({ form, actors, invalid, onChange, onApply }: AuditFiltersProps) {
  const t = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply();
  };
  const dateError = (field: 'from' | 'to') => (invalid === field ? t('form.badDate') : invalid === 'range' && field === 'to' ? t('audit.filter.badRange') : null);
  return (
    <form className="filters" onSubmit={submit} noValidate data-testid="audit-filters">
      <TextField label={t('audit.filter.from')} name="from" placeholder="dd/mm/yyyy" inputMode="numeric" value={form.from} onChange={(from) => onChange({ ...form, from })} error={dateError('from')} />
      <TextField label={t('audit.filter.to')} name="to" placeholder="dd/mm/yyyy" inputMode="numeric" value={form.to} onChange={(to) => onChange({ ...form, to })} error={dateError('to')} />
      <SelectField
        label={t('audit.filter.action')}
        name="action"
        value={form.action}
        options={[{ value: '', label: t('audit.filter.all') }, ...auditActions.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))]}
        onChange={(action) => onChange({ ...form, action })}
      />
      <SelectField
        label={t('audit.filter.person')}
        name="actor"
        value={form.actorId}
        options={[{ value: '', label: t('audit.filter.everyone') }, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
        onChange={(value) => onChange({ ...form, actorId: actors.find((a) => a.id === value)?.id ?? '' })}
      />
      <div className="actions">
        <button type="submit" data-testid="audit-apply">
          {t('audit.filter.apply')}
        </button>
        <button type="button" className="secondary" onClick={() => onChange(emptyAuditFilterForm)}>
          {t('audit.filter.clear')}
        </button>
      </div>
    </form>
  );
}
