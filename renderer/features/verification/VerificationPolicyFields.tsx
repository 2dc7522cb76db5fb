/**
 * The book form's verification controls: which entries (none, one in n, all), how (re-keying or
 * independent double entry), n, and the
 * fields to re-key (none chosen = all). Labelled native controls so they work by keyboard
 * alone; the draft and its check live in policy-draft.ts, saving is the book form's.
 */
import { useId } from 'react';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { useLocale, useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { MAX_N, MIN_N, type PolicyDraft } from './policy-draft';

export interface VerificationPolicyFieldsProps {
  def: RegisterTypeDef | null;
  draft: PolicyDraft;
  onChange: (draft: PolicyDraft) => void;
  nInvalid: boolean;
}

const MODES: readonly PolicyDraft['mode'][] = ['none', 'nth', 'all'];
const isMode = (value: string): value is PolicyDraft['mode'] => MODES.some((m) => m === value);
const METHODS: readonly PolicyDraft['method'][] = ['dependent', 'independent'];
const isMethod = (value: string): value is PolicyDraft['method'] => METHODS.some((m) => m === value);

export function VerificationPolicyFields({ def, draft, onChange, nInvalid }: VerificationPolicyFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const fieldsId = useId();
  return (
    <fieldset className="verification-policy" data-testid="verification-policy">
      <legend>{t('verification.policy.legend')}</legend>
      <div className="book-form-row">
        <SelectField
          label={t('verification.policy.mode')}
          name="verificationMode"
          value={draft.mode}
          options={MODES.map((m) => ({ value: m, label: t(`verification.policy.mode.${m}`) }))}
          onChange={(value) => isMode(value) && onChange({ ...draft, mode: value })}
        />
        {draft.mode !== 'none' ? (
          <SelectField
            label={t('verification.policy.method')}
            name="verificationMethod"
            value={draft.method}
            options={METHODS.map((m) => ({ value: m, label: t(`verification.policy.method.${m}`) }))}
            onChange={(value) => isMethod(value) && onChange({ ...draft, method: value })}
          />
        ) : null}
        {draft.mode === 'nth' ? (
          <TextField
            label={t('verification.policy.n')}
            name="verificationN"
            inputMode="numeric"
            hint={t('verification.policy.nHint')}
            value={draft.n}
            onChange={(n) => onChange({ ...draft, n })}
            error={nInvalid ? t('verification.policy.error.n', { min: MIN_N, max: MAX_N }) : null}
          />
        ) : null}
      </div>
      {draft.mode !== 'none' && def ? (
        <div className="field wide">
          <label htmlFor={fieldsId}>{t('verification.policy.fields')}</label>
          <select
            id={fieldsId}
            name="verificationFields"
            multiple
            size={8}
            value={draft.fields}
            aria-describedby={`${fieldsId}-hint`}
            onChange={(e) => onChange({ ...draft, fields: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            {def.fields
              .filter((f) => f.kind !== 'date-words')
              .map((f) => (
                <option key={f.key} value={f.key}>
                  {locale === 'en' ? f.labelEn : f.label}
                </option>
              ))}
          </select>
          <p id={`${fieldsId}-hint`} className="field-hint">
            {t('verification.policy.fieldsHint')}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
