import { useEffect, useId, useState } from 'react';

export interface AssigneeFieldProps {
  value: string | null;
  /** This person's name, for "Assign to me". */
  me: string;
  /** Names offered as you type (people in the workspace). */
  suggestions: readonly string[];
  /** Sets the assignee (null: nobody). */
  onChange: (assignee: string | null) => void;
}

/**
 * Who follows an annotation up: free text with the workspace's people suggested, saved on Enter or
 * when leaving the box (Escape puts back the saved name; an empty box means nobody), and an
 * "Assign to me" shortcut.
 */
export function AssigneeField({ value, me, suggestions, onChange }: AssigneeFieldProps) {
  const [text, setText] = useState(value ?? '');
  const [editing, setEditing] = useState(false);
  const list = useId();
  // Someone else's change shows at once, unless this person is typing in the box.
  useEffect(() => {
    if (!editing) setText(value ?? '');
  }, [value, editing]);
  const commit = (): void => {
    const name = text.trim();
    const next = name === '' ? null : name;
    if (next !== value) onChange(next);
    setEditing(false);
  };
  return (
    <span className="annotation-assignee">
      <label>
        Assignee{' '}
        <input
          className="annotation-assignee-input"
          list={list}
          placeholder="nobody"
          value={text}
          onFocus={() => setEditing(true)}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setText(value ?? '');
              setEditing(false);
            }
          }}
        />
      </label>
      <datalist id={list}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {value !== me && me !== '' && (
        <button type="button" className="button button--quiet annotation-small" onClick={() => onChange(me)}>
          Assign to me
        </button>
      )}
    </span>
  );
}
