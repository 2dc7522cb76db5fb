/**
 * A labelled native <select> for short fixed lists (long lists use ComboBox). Controlled;
 * values are strings and the caller maps them back to its own types.
 */
import { useId } from 'react';
import type { ComboOption } from './ComboBox';

export interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  options: readonly ComboOption[];
  onChange: (value: string) => void;
}

export function SelectField({ label, name, value, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
