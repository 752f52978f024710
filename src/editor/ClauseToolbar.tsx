import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { clauseAround } from './Clause.ts';

/** What the toolbar shows about the clause under the cursor. */
function clauseState(editor: Editor): { pos: number | null; clauseId: string | null; label: string } {
  const around = clauseAround(editor.state);
  return around ? { pos: around.pos, ...around.attrs } : { pos: null, clauseId: null, label: '' };
}

/**
 * Above the draft: which clause the cursor is in (its official ID, or "a clause added in this
 * draft") and its label, which can be set here ("4", "b)", "iii)"). Enter starts a new clause;
 * a new clause has no label until it is given one.
 */
export function ClauseToolbar({ editor }: { editor: Editor }) {
  const id = useId();
  const clause = useEditorState({ editor, selector: ({ editor: current }) => clauseState(current), equalityFn: (a, b) => a.pos === b?.pos && a.clauseId === b.clauseId && a.label === b.label });
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const [label, setLabel] = useState(clause.label);
  useEffect(() => setLabel(clause.label), [clause.label, clause.pos]);

  const apply = (): void => {
    if (clause.pos === null || label.trim() === clause.label) return;
    // Only if the clause is still where it was (someone else's edit may have moved it meanwhile).
    const node = editor.state.doc.nodeAt(clause.pos);
    if (node?.type.name !== 'clause' || (node.attrs.clauseId ?? null) !== clause.clauseId) return;
    editor.commands.setClauseLabel(label, clause.pos);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
      editor.commands.focus();
    } else if (event.key === 'Escape') {
      setLabel(clause.label);
      editor.commands.focus();
    }
  };

  return (
    <div className="clause-toolbar" role="toolbar" aria-label="Clause">
      {clause.pos === null ? (
        <span className="clause-toolbar-where">Put the cursor in a clause to see it here.</span>
      ) : (
        <>
          <span className="clause-toolbar-where">{clause.clauseId ? <code>{clause.clauseId}</code> : 'A clause added in this draft'}</span>
          <label htmlFor={`${id}-label`}>Label</label>
          <input id={`${id}-label`} className="clause-toolbar-label" value={label} size={5} maxLength={12} disabled={!editable} onChange={(event) => setLabel(event.target.value)} onBlur={apply} onKeyDown={onKeyDown} />
        </>
      )}
    </div>
  );
}
