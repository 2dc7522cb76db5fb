/**
 * Blind re-keying of one entry's selected fields, drawn with the entry form's own EntryField
 * and layout so a verifier types exactly as when keying. The first keying's values are never
 * shown, nor offered as suggestions; a value that disagrees clears the field with a message and
 * must be keyed again (rekey-fields.ts). Enter moves on only from a settled field; Ctrl+Enter
 * hands every field's attempts and the measured work to `onSave`.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import type { Issue } from '../../../shared/domain/validation';
import { useLocale, useT } from '../../i18n/use-t';
import type { WorkMeasure } from '../../store/types';
import { EntryField, fieldInputId } from '../entry/EntryField';
import { formLayout } from '../entry/form-layout';
import { keyAction } from '../entry/keymap';
import { commitText } from '../entry/quick-typing';
import { placeEras, type SuggestionSources } from '../entry/suggestions';
import { isMismatched, openFields, startRekey, typeValue, type RekeyFields } from './rekey-fields';
import { WorkMeter } from './work-meter';

export interface BlindRekeyFormProps {
  def: RegisterTypeDef;
  /** Field keys to re-key, in form order. */
  fieldKeys: readonly string[];
  /** The first keying, compared against and never shown; null for a double entry's second keying, compared only later. */
  original: Readonly<Record<string, string>> | null;
  yearTo: number;
  busy: boolean;
  onSave: (rekeyed: RekeyFields, work: WorkMeasure) => void;
  onLeave: () => void;
}

const NO_ISSUES: readonly Issue[] = [];

export function BlindRekeyForm({ def, fieldKeys, original, yearTo, busy, onSave, onLeave }: BlindRekeyFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const layout = useMemo(() => formLayout(def), [def]);
  const order = useMemo(() => layout.order.filter((key) => fieldKeys.includes(key)), [layout, fieldKeys]);
  const fields = useMemo(() => order.flatMap((key) => layout.fields.get(key) ?? []), [order, layout]);
  // Blind: suggestions come from reference lists only, never from values already keyed in the book.
  const sources = useMemo<SuggestionSources>(() => ({ eras: placeEras(yearTo), usedPlaces: [], usedByField: new Map() }), [yearTo]);

  const [rekeyed, setRekeyedState] = useState<RekeyFields>(() => startRekey(fields, original));
  const rekeyedRef = useRef(rekeyed);
  const setRekeyed = (next: RekeyFields) => {
    rekeyedRef.current = next;
    setRekeyedState(next);
  };
  /** Per field, bumped when a mismatch clears it, so EntryField drops the text that was typed. */
  const [generations, setGenerations] = useState<Readonly<Record<string, number>>>({});
  const [remaining, setRemaining] = useState<number | null>(null);
  /** Fields typed into since their last attempt: a blur without typing is not an attempt. */
  const typedSince = useRef(new Set<string>());
  const meter = useRef(new WorkMeter());

  // Keyboard first: re-keying starts in the first field.
  useEffect(() => {
    document.getElementById(fieldInputId(order[0] ?? ''))?.focus();
  }, [order]);

  const mismatchIssue = (key: string): Issue => ({ path: key, code: 'rekey-mismatch', severity: 'error', message: t('verification.entry.mismatch') });
  const focusField = (key: string | undefined) => {
    if (key) document.getElementById(fieldInputId(key))?.focus();
  };

  /** Records one attempt; true when the field is settled. */
  const attempt = (key: string, typed: string): boolean => {
    const field = layout.fields.get(key);
    typedSince.current.delete(key);
    if (!field) return true;
    const { next, step } = typeValue(rekeyedRef.current, field, typed);
    setRekeyed(next);
    setRemaining(null);
    if (step === 'mismatch') setGenerations((g) => ({ ...g, [key]: (g[key] ?? 0) + 1 }));
    return step === 'settled';
  };

  const onCommit = (key: string, value: string) => {
    if (typedSince.current.has(key)) attempt(key, value);
  };
  const onDraft = (key: string) => {
    typedSince.current.add(key);
  };

  const save = () => {
    const left = openFields(rekeyedRef.current, order);
    if (left.length > 0) {
      setRemaining(left.length);
      focusField(left[0]);
      return;
    }
    onSave(rekeyedRef.current, meter.current.take());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    meter.current.stroke(e.key, performance.now());
    // The field's own suggestion list took this key (picked an option, closed the list).
    if (e.defaultPrevented) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onLeave();
      return;
    }
    const target = e.target;
    const key = target instanceof HTMLInputElement && layout.fields.has(target.name) && order.includes(target.name) ? target.name : undefined;
    const action = keyAction(
      { key: e.key, code: e.code, ctrlKey: e.ctrlKey, altKey: e.altKey, shiftKey: e.shiftKey, metaKey: e.metaKey, isComposing: e.nativeEvent.isComposing, keyCode: e.keyCode },
      { inField: key !== undefined, gotoPending: false },
    );
    if (!action || !(target instanceof HTMLInputElement)) return;
    const field = key ? layout.fields.get(key) : undefined;
    const settledHere = () => !key || !field || rekeyedRef.current.states[key]?.phase === 'settled' || attempt(key, commitText(field, target.value));
    switch (action.type) {
      case 'next': {
        e.preventDefault();
        // Enter is an attempt even on an empty field: "nothing written here" is a value too.
        if (!settledHere()) return;
        const next = key ? order[order.indexOf(key) + 1] : undefined;
        if (next) focusField(next);
        else save();
        break;
      }
      case 'prev':
        e.preventDefault();
        focusField(key ? order[order.indexOf(key) - 1] : undefined);
        break;
      case 'saveNext':
        e.preventDefault();
        if (key && typedSince.current.has(key) && field) attempt(key, commitText(field, target.value));
        save();
        break;
      default:
        break;
    }
  };

  return (
    <form className="entry-form" data-testid="rekey-form" noValidate onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown} aria-label={locale === 'en' ? def.nameEn : def.name}>
      <div className="entry-grid">
        {fields.map((field) => (
          <EntryField
            key={field.key}
            field={field}
            value={rekeyed.shown[field.key] ?? ''}
            notInBook={false}
            generation={generations[field.key] ?? 0}
            issues={isMismatched(rekeyed, field.key) ? [mismatchIssue(field.key)] : NO_ISSUES}
            sources={sources}
            onCommit={onCommit}
            onDraft={onDraft}
            // "Not in the book" while re-keying is simply an empty value.
            onToggleNotInBook={(key) => attempt(key, '')}
          />
        ))}
      </div>
      {remaining !== null ? (
        <p className="notice notice-error" role="alert" data-testid="rekey-remaining">
          {t('verification.entry.remaining', { n: remaining })}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" data-testid="rekey-save" disabled={busy} onClick={save}>
          {busy ? t('verification.entry.saving') : t('verification.entry.save')}
        </button>
        <button type="button" className="secondary" data-testid="rekey-leave" onClick={onLeave}>
          {t('verification.entry.otherBook')}
        </button>
      </div>
    </form>
  );
}
