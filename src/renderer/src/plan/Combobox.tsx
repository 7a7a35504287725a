import { forwardRef, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second, quieter line: the course number and credits, where a pathway sits. */
  detail?: string;
}

interface ComboboxProps {
  label: string;
  value: string;
  onValueChange(text: string): void;
  /** The options matching the text, best first (the parent searches). */
  options: readonly ComboboxOption[];
  onPick(option: ComboboxOption): void;
  /** Said when the text matches nothing. */
  emptyText: string;
  hint?: ReactNode;
  focusKey?: string;
  className?: string;
}

/**
 * An editable combobox with a list of suggestions (WAI-ARIA APG "list autocomplete with automatic
 * selection"): typing opens the list with the first match active, ↓/↑ move, Enter picks, Escape
 * closes the list (a second Escape clears the text). Focus stays in the input throughout; the
 * active option is announced through aria-activedescendant.
 */
export const Combobox = forwardRef<HTMLInputElement, ComboboxProps>(function Combobox(
  { label, value, onValueChange, options, onPick, emptyText, hint, focusKey, className },
  ref,
) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const showList = open && value.trim() !== '';
  const expanded = showList && options.length > 0;
  const activeOption = expanded ? options[active] : undefined;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (option: ComboboxOption) => {
    setOpen(false);
    onPick(option);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(e.key === 'ArrowDown' ? 0 : Math.max(0, options.length - 1));
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (e.key === 'Enter') {
      if (activeOption) {
        e.preventDefault();
        pick(activeOption);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
      } else if (value !== '') {
        e.preventDefault();
        onValueChange('');
      }
    }
  };

  return (
    <div className={`field combobox ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        aria-describedby={hint ? hintId : undefined}
        data-focus-key={focusKey}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <p role="status" className={showList && !expanded ? 'combobox__empty' : 'visually-hidden'}>
        {showList ? (expanded ? `${options.length} ${options.length === 1 ? 'match' : 'matches'}` : emptyText) : ''}
      </p>
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!expanded}>
        {expanded
          ? options.map((o, i) => (
              <li
                key={o.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                // mousedown, not click: the input keeps focus and does not close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
                onMouseMove={() => setActive(i)}
              >
                <span className="combobox__label">{o.label}</span>
                {o.detail ? <span className="combobox__detail">{o.detail}</span> : null}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
});
