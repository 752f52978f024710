import { mergeAttributes, Node } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clause: {
      /** Sets the label ("3", "a)", "i)") of the clause at `pos` (the one around the cursor by default). */
      setClauseLabel: (label: string, pos?: number) => ReturnType;
    };
  }
}

/** The clause the cursor is in (innermost), with the position before it; null outside clauses. */
export function clauseAround(state: EditorState): { pos: number; attrs: { clauseId: string | null; label: string } } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === 'clause') {
      return { pos: $from.before(depth), attrs: { clauseId: (node.attrs.clauseId as string | null) ?? null, label: String(node.attrs.label ?? '') } };
    }
  }
  return null;
}

/**
 * Enter inside a clause's text: the text after the cursor becomes a new clause right after this
 * one (after its sub-items), with no ID and no label yet. A clause holds one paragraph, so the
 * usual paragraph split would not fit there.
 */
export function splitClause(state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const { $from, $to } = state.selection;
  if (!$from.sameParent($to) || $from.depth < 2) return false;
  if ($from.parent.type.name !== 'paragraph' || $from.node(-1).type.name !== 'clause') return false;
  if (!dispatch) return true;
  const tr = state.tr.deleteSelection();
  const $cursor = tr.selection.$from;
  const after = $cursor.parent.content.cut($cursor.parentOffset);
  tr.delete($cursor.pos, $cursor.end());
  const clauseEnd = tr.doc.resolve($cursor.pos).after(-1);
  const clause = state.schema.nodes.clause.create({ clauseId: null, label: '' }, state.schema.nodes.paragraph.create(null, after));
  tr.insert(clauseEnd, clause);
  tr.setSelection(TextSelection.create(tr.doc, clauseEnd + 2));
  dispatch(tr.scrollIntoView());
  return true;
}

/** Backspace at the start of an empty clause without sub-items removes the clause. */
export function removeEmptyClause(state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth < 2 || $from.parentOffset !== 0) return false;
  const clause = $from.node(-1);
  if (clause.type.name !== 'clause' || clause.childCount !== 1 || $from.parent.content.size !== 0) return false;
  if (!dispatch) return true;
  const start = $from.before(-1);
  const tr = state.tr.delete(start, $from.after(-1));
  tr.setSelection(Selection.near(tr.doc.resolve(Math.min(start, tr.doc.content.size)), -1));
  dispatch(tr.scrollIntoView());
  return true;
}

/**
 * A clause of a draft: its text (one paragraph), then its sub-items. Carries the clause ID of
 * the official text it came from (`res130/resolves/3`; null for a clause the team added) and its
 * label as printed, shown in the hanging column. Neither is copied when a clause is split.
 */
export const Clause = Node.create({
  name: 'clause',
  content: 'paragraph clause*',
  defining: true,
  addAttributes() {
    return {
      clauseId: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => element.getAttribute('data-clause-id'),
        renderHTML: (attributes) => (attributes.clauseId ? { 'data-clause-id': String(attributes.clauseId) } : {}),
      },
      label: {
        default: '',
        keepOnSplit: false,
        parseHTML: (element) => element.getAttribute('data-label') ?? '',
        renderHTML: (attributes) => ({ 'data-label': String(attributes.label ?? '') }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-draft-clause]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { class: 'draft-clause', 'data-draft-clause': '' }), 0];
  },
  addCommands() {
    return {
      setClauseLabel:
        (label, pos) =>
        ({ state, tr, dispatch }) => {
          const at = pos ?? clauseAround(state)?.pos;
          if (at === undefined || at < 0 || at >= tr.doc.content.size || tr.doc.nodeAt(at)?.type.name !== 'clause') return false;
          if (dispatch) tr.setNodeAttribute(at, 'label', label.trim());
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => splitClause(this.editor.state, (tr) => this.editor.view.dispatch(tr)),
      Backspace: () => removeEmptyClause(this.editor.state, (tr) => this.editor.view.dispatch(tr)),
    };
  },
});
