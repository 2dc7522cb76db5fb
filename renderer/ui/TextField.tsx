/**
 * A labelled text input with optional hint and error, wired for screen readers (label htmlFor,
 * aria-describedby, aria-invalid). Presentational only: the caller owns the value.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby'>;

export interface TextFieldProps extends NativeProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Ids of further elements that describe this input (e.g. a password rule list). */
  describedBy?: string;
  testId?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, value, onChange, hint, error, describedBy, testId, ref, ...native }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error ? errorId : null, describedBy ?? null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        // SECURITY: browsers keep what is typed into fields in their profile, in plaintext, unless told not to.
        autoComplete="off"
        {...native}
        ref={ref}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
