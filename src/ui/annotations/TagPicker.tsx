import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { filterTagOptions } from '../../core/taxonomy/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';

/** At most this many options are listed; typing narrows the rest. */
const SHOWN = 12;

export interface TagPickerProps {
  options: readonly TagOption[];
  /** What is being tagged, as the picker's heading says it: "resolves 3" or "“security” in resolves 3". */
  subject: string;
  onApply: (option: TagOption) => void;
  onClose: () => void;
}

/** A keyboard-first tag picker: type to filter categories and SDG targets, arrows to move, Enter to apply, Escape to close. */
export function TagPicker({ options, subject, onApply, onClose }: TagPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const found = useMemo(() => filterTagOptions(options, query).slice(0, SHOWN), [options, query]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (found.length === 0 ? 0 : (i + step + found.length) % found.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = found[Math.min(active, found.length - 1)];
      if (chosen) onApply(chosen);
    }
  };
  return (
    <div className="tag-picker" role="dialog" aria-label="Tag picker">
      <label className="tag-picker-label">
        Tag {subject}
        <input
          autoFocus
          className="tag-picker-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="tag-picker-list"
          aria-activedescendant={found[active] ? `tag-option-${active}` : undefined}
          placeholder="Type a category or SDG target…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul id="tag-picker-list" role="listbox" className="tag-picker-list">
        {found.map((option, i) => (
          <li
            key={`${option.type}:${option.id}`}
            id={`tag-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              onApply(option);
            }}
          >
            <span className="tag-option-label">{option.label}</span>
            <span className="tag-option-description">{option.description}</span>
          </li>
        ))}
        {found.length === 0 && <li className="tag-picker-empty">No category or target matches “{query}”.</li>}
      </ul>
      <p className="tag-picker-keys">
        <kbd>Enter</kbd> apply · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Esc</kbd> close
      </p>
    </div>
  );
}
