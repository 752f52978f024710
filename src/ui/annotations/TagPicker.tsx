import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { filterTagOptions } from '../../core/taxonomy/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';

/** At most this many options are listed; typing narrows the rest. */
const SHOWN = 12;

const same = (a: TagOption, b: TagOption): boolean => a.type === b.type && a.id === b.id;

interface CommonProps {
  options: readonly TagOption[];
  /** What is being tagged, as the picker's heading says it: "resolves 3" or "“security” in resolves 3". */
  subject: string;
  onClose: () => void;
}

/** "create" (the default): Enter applies one tag, making a new annotation. */
interface CreateProps extends CommonProps {
  mode?: 'create';
  onApply: (option: TagOption) => void;
}

/** "edit": the annotation's tags are preloaded; Enter adds or removes one, Ctrl+Enter saves them all (replacing the old). */
interface EditProps extends CommonProps {
  mode: 'edit';
  initial: readonly TagOption[];
  /** Saves the chosen tags; returns why they were refused, or null when saved. */
  onSave: (selection: TagOption[]) => string | null;
}

export type TagPickerProps = CreateProps | EditProps;

/**
 * A keyboard-first tag picker: type to filter categories and SDG targets, arrows to move, Enter to
 * apply (in edit mode: to add or remove), Escape to close. In edit mode the chosen tags are shown
 * above the box; Backspace in an empty box removes the last, Ctrl+Enter (Cmd+Enter) saves.
 */
export function TagPicker(props: TagPickerProps) {
  const { options, subject, onClose } = props;
  const editing = props.mode === 'edit';
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<TagOption[]>(() => (props.mode === 'edit' ? [...props.initial] : []));
  const [problem, setProblem] = useState<string | null>(null);
  const found = useMemo(() => filterTagOptions(options, query).slice(0, SHOWN), [options, query]);
  const isChosen = (option: TagOption): boolean => chosen.some((c) => same(c, option));
  const toggle = (option: TagOption): void => setChosen((list) => (list.some((c) => same(c, option)) ? list.filter((c) => !same(c, option)) : [...list, option]));
  const pick = (option: TagOption): void => {
    if (props.mode === 'edit') {
      toggle(option);
      setQuery('');
      setActive(0);
    } else props.onApply(option);
  };
  const save = (): void => {
    if (props.mode === 'edit') setProblem(props.onSave(chosen));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (found.length === 0 ? 0 : (i + step + found.length) % found.length));
    } else if (event.key === 'Enter' && editing && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = found[Math.min(active, found.length - 1)];
      if (option) pick(option);
    } else if (event.key === 'Backspace' && editing && query === '' && chosen.length > 0) {
      event.preventDefault();
      setChosen((list) => list.slice(0, -1));
    }
  };
  const input = (
    <input
      autoFocus
      className="tag-picker-input"
      role="combobox"
      aria-expanded="true"
      aria-controls="tag-picker-list"
      aria-labelledby={editing ? 'tag-picker-title' : undefined}
      aria-activedescendant={found[active] ? `tag-option-${active}` : undefined}
      placeholder={editing ? 'Type to add or remove a category or SDG target…' : 'Type a category or SDG target…'}
      value={query}
      onChange={(event) => {
        setQuery(event.target.value);
        setActive(0);
      }}
      onKeyDown={onKeyDown}
    />
  );
  return (
    <div className={editing ? 'tag-picker tag-picker--edit' : 'tag-picker'} role="dialog" aria-label={editing ? 'Edit tags' : 'Tag picker'}>
      {editing ? (
        <>
          <p id="tag-picker-title" className="tag-picker-label">
            Tags of {subject}
          </p>
          <ul className="tag-picker-chosen" aria-label="Chosen tags">
            {chosen.map((option) => (
              <li key={`${option.type}:${option.id}`}>
                <button type="button" className="tag-chip" aria-label={`Remove ${option.label}`} title={option.description || option.id} onClick={() => toggle(option)}>
                  {option.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
            {chosen.length === 0 && <li className="tag-picker-empty">No tags: the annotation will have none.</li>}
          </ul>
          {input}
        </>
      ) : (
        <label className="tag-picker-label">
          Tag {subject}
          {input}
        </label>
      )}
      <ul id="tag-picker-list" role="listbox" aria-multiselectable={editing || undefined} className="tag-picker-list">
        {found.map((option, i) => (
          <li
            key={`${option.type}:${option.id}`}
            id={`tag-option-${i}`}
            role="option"
            aria-selected={i === active}
            aria-checked={editing ? isChosen(option) : undefined}
            className={[i === active ? 'is-active' : '', editing && isChosen(option) ? 'is-chosen' : ''].join(' ').trim() || undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            <span className="tag-option-label">
              {editing && <span className="tag-option-check" aria-hidden="true">{isChosen(option) ? '✓' : ''}</span>}
              {option.label}
            </span>
            <span className="tag-option-description">{option.description}</span>
          </li>
        ))}
        {found.length === 0 && <li className="tag-picker-empty">No category or target matches “{query}”.</li>}
      </ul>
      {problem && (
        <p className="annotation-problem" role="alert">
          {problem}
        </p>
      )}
      {editing ? (
        <div className="tag-picker-footer">
          <p className="tag-picker-keys">
            <kbd>Enter</kbd> add / remove · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save · <kbd>Esc</kbd> cancel
          </p>
          <button type="button" className="button button--primary" onClick={save}>
            Save tags
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      ) : (
        <p className="tag-picker-keys">
          <kbd>Enter</kbd> apply · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Esc</kbd> close
        </p>
      )}
    </div>
  );
}
