import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { clauseAround, removeEmptyClause, splitClause } from './Clause.ts';
import { draftSchema } from './draftExtensions.ts';

const schema = draftSchema();

function stateWith(texts: string[]): EditorState {
  const clauses = texts.map((text, i) => ({ type: 'clause', attrs: { clauseId: `res1/resolves/${i + 1}`, label: String(i + 1) }, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] }));
  const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'draftSection', attrs: { sectionId: 'res1/resolves' }, content: [{ type: 'sectionHeading', content: [{ type: 'text', text: 'resolves' }] }, ...clauses] }] });
  return EditorState.create({ schema, doc });
}

/** Position inside the text of the n-th clause (0-based), `offset` characters in. */
function inClause(state: EditorState, n: number, offset: number): number {
  let seen = -1;
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found !== -1) return false;
    if (node.type.name === 'clause' && ++seen === n) found = pos + 2 + offset;
    return true;
  });
  return found;
}

function apply(state: EditorState, command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

function clauses(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === 'clause') out.push(`${String(node.attrs.label)}|${String(node.attrs.clauseId)}|${node.firstChild?.textContent ?? ''}`);
  });
  return out;
}

describe('clause editing', () => {
  it('Enter splits a clause into a new clause after it, with no ID or label of its own', () => {
    let state = stateWith(['to act now;', 'to report.']);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inClause(state, 0, 6))));
    state = apply(state, splitClause);
    expect(clauses(state)).toEqual(['1|res1/resolves/1|to act', '|null| now;', '2|res1/resolves/2|to report.']);
    expect(clauseAround(state)?.attrs).toEqual({ clauseId: null, label: '' });
    expect(() => state.doc.check()).not.toThrow();
  });

  it('Backspace at the start of an empty clause removes it; elsewhere it does nothing special', () => {
    let state = stateWith(['to act;', '', 'to report.']);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inClause(state, 2, 0))));
    expect(removeEmptyClause(state)).toBe(false);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inClause(state, 1, 0))));
    state = apply(state, removeEmptyClause);
    expect(clauses(state)).toEqual(['1|res1/resolves/1|to act;', '3|res1/resolves/3|to report.']);
    expect(clauseAround(state)?.attrs.clauseId).toBe('res1/resolves/1');
  });

  it('does not split outside a clause (in a section heading)', () => {
    const state = stateWith(['to act;']);
    const inHeading = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    expect(splitClause(inHeading)).toBe(false);
    expect(clauseAround(inHeading)).toBeNull();
  });
});

describe('clause labels', () => {
  it('are set on the clause at a position, and refused where there is no clause', async () => {
    const { Editor } = await import('@tiptap/core');
    const editor = new Editor({ extensions: (await import('./draftExtensions.ts')).draftExtensions(), element: null, content: stateWith(['to act;', 'to report.']).doc.toJSON() });
    let second = -1;
    let seen = 0;
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'clause' && seen++ === 1) second = pos;
    });
    expect(editor.commands.setClauseLabel(' 3 ', second)).toBe(true);
    expect(clauses(editor.state)).toEqual(['1|res1/resolves/1|to act;', '3|res1/resolves/2|to report.']);
    expect(editor.commands.setClauseLabel('4', 1)).toBe(false);
    editor.destroy();
  });
});
