/**
 * One field of the generic entry form: label, input, help, suggestion list, "không có trong
 * sổ" state and the field's issues. The text being typed lives here only, so a keystroke
 * re-renders this field and nothing else; the value reaches the form on commit (blur, Enter,
 * picking a suggestion). Must not normalise per keystroke nor move focus itself.
 */
import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import type { FieldDef } from '../../../shared/domain/field-kinds';
import type { Issue } from '../../../shared/domain/validation';
import { useLocale, useT } from '../../i18n/use-t';
import { codeOptions } from './code-match';
import { fieldWidth } from './form-layout';
import { commitText, displayText } from './quick-typing';
import { closedList, hasSuggestions, isSettled, NO_SUGGESTIONS, suggestionsFor, type SuggestionSources } from './suggestions';

export interface EntryFieldProps {
  field: FieldDef;
  value: string;
  notInBook: boolean;
  /** Changes whenever the form loads or resets, so the field drops any half-typed text. */
  generation: number;
  issues: readonly Issue[];
  sources: SuggestionSources;
  onCommit: (key: string, value: string) => void;
  /** The uncommitted text, so a save can include the field being typed. */
  onDraft: (key: string, text: string) => void;
  onToggleNotInBook: (key: string) => void;
}

/** The DOM id of a field's input; the issue summary focuses fields through it. */
export const fieldInputId = (key: string): string => `entry-field-${key}`;

const composing = (e: KeyboardEvent): boolean => e.nativeEvent.isComposing || e.keyCode === 229;

function EntryFieldView({ field, value, notInBook, generation, issues, sources, onCommit, onDraft, onToggleNotInBook }: EntryFieldProps) {
  const t = useT();
  const { locale } = useLocale();
  // What the clerk is typing, tied to the value and form generation it started from: a new
  // value from outside (carry-forward, generated words, another entry) simply outdates it.
  const [draft, setDraft] = useState<{ text: string; base: string; generation: number } | null>(null);
  const [openAt, setOpenAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const typing = draft !== null && draft.base === value && draft.generation === generation && !notInBook;
  const text = typing ? draft.text : displayText(field, value);
  const open = openAt === generation && !notInBook && (draft === null || typing);

  const list = useMemo(() => (open ? suggestionsFor(field, text, sources) : NO_SUGGESTIONS), [open, field, text, sources]);
  const options = list.options;
  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const listShown = open && options.length > 0;
  const combo = hasSuggestions(field);

  const id = fieldInputId(field.key);
  const hintId = `${id}-hint`;
  const issuesId = `${id}-issues`;
  const label = locale === 'en' ? field.labelEn : field.label;
  const codes = field.kind === 'code' && field.codeList ? codeOptions(field.codeList).map((o) => `${o.code} ${o.label}`).join(' · ') : '';
  const errors = issues.filter((i) => i.severity === 'error');
  const message = (i: Issue) => (locale === 'en' ? (i.messageEn ?? i.message) : i.message);

  const commit = (typed: string) => {
    setDraft(null);
    setOpenAt(null);
    onCommit(field.key, commitText(field, typed));
  };

  const openList = (typed: string) => {
    // Free-text lists wait for an arrow key; closed lists start on the option the text means.
    if (closedList(field)) {
      const meant = commitText(field, typed);
      setActive(Math.max(suggestionsFor(field, typed, sources).options.findIndex((o) => o.value === meant), 0));
    } else {
      setActive(-1);
    }
    setOpenAt(generation);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (composing(e) || e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!combo || notInBook) return;
      e.preventDefault();
      if (!listShown) {
        openList(text);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(activeIndex + step, 0), options.length - 1));
    } else if (e.key === 'Enter' && !e.shiftKey && listShown) {
      const picked = options[activeIndex];
      // A value the field already takes is committed by the form's Enter (which also advances).
      if (!picked || (list.closed && isSettled(field, text) && picked.value === commitText(field, text))) return;
      e.preventDefault();
      commit(picked.value);
    } else if (e.key === 'Escape' && listShown) {
      e.preventDefault();
      setOpenAt(null);
    }
  };

  const describedBy = [hintId, issues.length > 0 ? issuesId : null].filter(Boolean).join(' ');
  const classes = ['entry-field', `entry-w-${fieldWidth(field)}`, notInBook ? 'is-not-in-book' : '', errors.length > 0 ? 'has-error' : issues.length > 0 ? 'has-warning' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes}>
      <label htmlFor={id}>
        {label}
        {field.required === 'core' ? (
          <>
            <span className="entry-required" aria-hidden="true">
              {' *'}
            </span>
            <span className="visually-hidden"> {t('entry.required')}</span>
          </>
        ) : null}
      </label>
      <div className="entry-input-row">
        <input
          id={id}
          name={field.key}
          data-kind={field.kind}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={notInBook ? '' : text}
          readOnly={notInBook}
          placeholder={notInBook ? t('entry.notInBook') : undefined}
          data-not-in-book={notInBook ? 'true' : undefined}
          aria-required={field.required === 'core' ? true : undefined}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={describedBy}
          {...(combo
            ? {
                role: 'combobox',
                'aria-autocomplete': 'list' as const,
                'aria-expanded': listShown,
                'aria-controls': `${id}-list`,
                'aria-activedescendant': listShown && activeIndex >= 0 ? `${id}-opt-${activeIndex}` : undefined,
              }
            : {})}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setDraft({ text: e.target.value, base: value, generation });
            onDraft(field.key, e.target.value);
            if (combo) openList(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (!notInBook) commit(text);
          }}
        />
        <button
          type="button"
          className="entry-nib-toggle"
          tabIndex={-1}
          aria-pressed={notInBook}
          title={t('entry.notInBook.toggle', { field: label })}
          aria-label={t('entry.notInBook.toggle', { field: label })}
          // Keep focus in the input: the toggle acts on the field, not on itself.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onToggleNotInBook(field.key)}
        >
          ∅
        </button>
      </div>
      {combo ? (
        <ul id={`${id}-list`} role="listbox" aria-label={t('entry.listLabel', { field: label })} className="entry-list" hidden={!listShown}>
          {listShown
            ? options.map((o, i) => (
                <li
                  key={`${o.value}-${o.label}`}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === activeIndex}
                  data-value={o.value}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => commit(o.value)}
                >
                  {o.label}
                </li>
              ))
            : null}
        </ul>
      ) : null}
      <p id={hintId} className="entry-hint">
        {notInBook ? `${t('entry.notInBook')}. ` : ''}
        {field.help}
        {codes ? ` ${t('entry.codes', { codes })}` : ''}
      </p>
      {notInBook ? (
        <span className="entry-nib-badge" aria-hidden="true">
          {t('entry.notInBook')}
        </span>
      ) : null}
      {issues.length > 0 ? (
        <div id={issuesId} className="entry-field-issues">
          {issues.map((i, n) => (
            <p key={`${i.code}-${n}`} className={`entry-issue ${i.severity}`} role={i.severity === 'error' ? 'alert' : undefined}>
              {message(i)}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

const sameIssues = (a: readonly Issue[], b: readonly Issue[]): boolean =>
  a.length === b.length && a.every((issue, i) => issue.code === b[i]?.code && issue.message === b[i]?.message && issue.severity === b[i]?.severity);

/** Re-renders only when this field's own data changed; issue lists are compared by content. */
export const EntryField = memo(EntryFieldView, (a, b) => {
  const { issues: ai, ...restA } = a;
  const { issues: bi, ...restB } = b;
  const keys = Object.keys(restA) as (keyof typeof restA)[];
  return sameIssues(ai, bi) && keys.every((k) => restA[k] === restB[k]);
});
