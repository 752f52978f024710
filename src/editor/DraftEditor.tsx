import { EditorContent, useEditor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { XmlFragment } from 'yjs';
import { AnnotationHighlights } from './AnnotationHighlights.ts';
import type { HighlightSource } from './AnnotationHighlights.ts';
import { clauseAround } from './Clause.ts';
import { ClauseToolbar } from './ClauseToolbar.tsx';
import { collaborationExtensions } from './collaborationExtensions.ts';
import type { CaretUser } from './collaborationExtensions.ts';
import { draftExtensions } from './draftExtensions.ts';
import './editor.css';

export interface DraftEditorProps {
  /** The draft's text in the workspace document. */
  fragment: XmlFragment;
  /** The workspace's awareness: carets and names of the others. */
  awareness: Awareness;
  user: CaretUser;
  /** False for people whose role does not let them edit drafts: they still see others' changes live. */
  editable: boolean;
  /** Accessible name of the editing area. */
  label: string;
  /** Called with the clause ID under the cursor (null outside clauses or for a new clause). */
  onClauseChange?: (clauseId: string | null) => void;
  /**
   * The fragment's content as it is now (ProseMirror JSON), shown until the Yjs binding takes
   * over: no empty first frame, and the first selection lands in text. Never used to fill Yjs:
   * the binding renders from a fragment that has content.
   */
  initialContent?: JSONContent | null;
  /** The workspace's annotations anchored in this draft, drawn over its text (see AnnotationHighlights). */
  highlights?: HighlightSource | null;
}

/**
 * The collaborative draft editor: Tiptap with the draft structure (header lines, sections,
 * clauses with their IDs), bound to the draft's Y.XmlFragment, with the carets of others and the
 * team's annotations highlighted. It never re-renders per transaction: only the clause toolbar
 * follows the cursor, through useEditorState selectors.
 */
export function DraftEditor({ fragment, awareness, user, editable, label, onClauseChange, initialContent, highlights = null }: DraftEditorProps) {
  const onClause = useRef(onClauseChange);
  onClause.current = onClauseChange;
  const lastClause = useRef<string | null | undefined>(undefined);
  const editor = useEditor(
    {
      extensions: [...draftExtensions(), ...collaborationExtensions(fragment, awareness, user), AnnotationHighlights.configure({ source: highlights })],
      ...(initialContent && fragment.length > 0 ? { content: initialContent } : {}),
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'draft-editor-content', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' } },
      onSelectionUpdate: ({ editor: current }) => {
        const clauseId = clauseAround(current.state)?.attrs.clauseId ?? null;
        if (clauseId === lastClause.current) return;
        lastClause.current = clauseId;
        onClause.current?.(clauseId);
      },
    },
    [fragment, awareness, highlights],
  );
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return (
    <div className={`draft-editor${editable ? '' : ' is-read-only'}`}>
      <ClauseToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
