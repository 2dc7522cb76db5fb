/**
 * An accessible filterable select (ARIA 1.2 combobox with a listbox): type to filter
 * ignoring diacritics and case, arrow keys to move, Enter to choose, Esc to close. The caller
 * owns the chosen value; the typed query is local and dropped when focus leaves.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldForSearch } from '../../shared/domain/text';
import { useT } from '../i18n/use-t';

export interface ComboOption {
  value: string;
  label: string;
}

export interface ComboBoxProps {
  label: string;
  name: string;
  options: readonly ComboOption[];
  value: string | null;
  onChange: (value: string) => void;
  disabled?: boolean;
  testId?: string;
}

export function ComboBox({ label, name, options, value, onChange, disabled, testId }: ComboBoxProps) {
  const t = useT();
  const id = useId();
  const listId = `${id}-list`;
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const folded = useMemo(() => options.map((o) => ({ option: o, key: foldForSearch(o.label) })), [options]);
  const matches = useMemo(() => {
    const needle = foldForSearch(query ?? '');
    return needle === '' ? options : folded.filter((f) => f.key.includes(needle)).map((f) => f.option);
  }, [folded, options, query]);

  const selectedLabel = options.find((o) => o.value === value)?.label ?? '';
  const activeOption = open ? matches[active] : undefined;
  const optionId = (index: number) => `${id}-opt-${index}`;

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };

  const choose = (option: ComboOption) => {
    onChange(option.value);
    close();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(Math.max(0, matches.findIndex((o) => o.value === value)));
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
    } else if (e.key === 'Enter' && activeOption) {
      // Choosing must not also submit the surrounding form.
      e.preventDefault();
      choose(activeOption);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="field combo">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        data-testid={testId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        disabled={disabled}
        value={query ?? selectedLabel}
        placeholder={t('combo.placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label={label} className="combo-list" hidden={!open}>
        {open
          ? matches.map((option, index) => (
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={option.value === value ? 'combo-option chosen' : 'combo-option'}
                // mousedown would blur the input (and close the list) before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.label}
              </li>
            ))
          : null}
      </ul>
      {open && matches.length === 0 ? (
        <p className="combo-empty" role="status">
          {t('combo.noMatch')}
        </p>
      ) : null}
    </div>
  );
}
