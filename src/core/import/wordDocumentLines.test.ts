import { describe, it, expect } from 'vitest';
import { wordDocumentLines } from './wordDocumentLines.ts';
import type { WordDocument, WordElement, WordNote } from './wordDocumentLines.ts';

const text = (value: string): WordElement => ({ type: 'text', value });
const run = (...children: WordElement[]): WordElement => ({ type: 'run', children });
const para = (...children: WordElement[]): WordElement => ({ type: 'paragraph', children });
const note = (noteId: string, noteType = 'footnote'): WordElement => ({ type: 'noteReference', noteType, noteId });

function documentOf(children: WordElement[], notes: Record<string, WordNote> = {}): WordDocument {
  return {
    type: 'document',
    children,
    notes: { resolve: ({ noteType, noteId }) => notes[`${noteType}:${noteId}`] ?? null },
  };
}

describe('wordDocumentLines', () => {
  it('writes one paragraph per line, drops blank ones and turns tabs into spaces', () => {
    const doc = documentOf([
      para(run(text('considering'))),
      para(run(text('  '))),
      para(),
      para(run(text('a)'), { type: 'tab' }, text('that  labels')), run(text(' are typed;'))),
    ]);
    expect(wordDocumentLines(doc)).toEqual(['considering', 'a) that labels are typed;']);
  });

  it('starts a new line at a line break and reads tables cell by cell', () => {
    const cell = (value: string): WordElement => ({ type: 'tableCell', children: [para(run(text(value)))] });
    const doc = documentOf([
      para(run(text('resolves'), { type: 'break' }, text('1 to act;'))),
      { type: 'table', children: [{ type: 'tableRow', children: [cell('left'), cell('right')] }] },
    ]);
    expect(wordDocumentLines(doc)).toEqual(['resolves', '1 to act;', 'left', 'right']);
  });

  it('numbers notes in order of first reference and lists them after the rule', () => {
    const notes: Record<string, WordNote> = {
      'footnote:7': { body: [para(run(text('Seven in the file, first in print.')))] },
      'footnote:3': { body: [para(run(text('Second.'))), para(run(text('Two paragraphs.')))] },
      'endnote:1': { body: [para(run(text('An endnote.')))] },
    };
    const doc = documentOf(
      [
        para(run(text('small states')), run(note('7')), run(text(' and others')), run(note('3')), run(text(';'))),
        para(run(text('again')), run(note('7')), run(text(' and at the end')), run(note('1', 'endnote'))),
      ],
      notes,
    );
    expect(wordDocumentLines(doc)).toEqual([
      'small states1 and others2;',
      'again1 and at the end3',
      '____________________',
      '1 Seven in the file, first in print.',
      '2 Second. Two paragraphs.',
      '3 An endnote.',
    ]);
  });

  it('keeps the marker of a note it cannot find, with empty text', () => {
    expect(wordDocumentLines(documentOf([para(run(text('x')), run(note('9')))]))).toEqual(['x1', '____________________', '1']);
  });

  it('keeps markup-looking text as text and ignores images, bookmarks and comment references', () => {
    const doc = documentOf([
      para(
        run(text('<b>bold?</b> <script>alert(1)</script>')),
        { type: 'image' },
        { type: 'bookmarkStart' },
        { type: 'commentReference' },
        { type: 'hyperlink', children: [run(text(' link'))] },
      ),
    ]);
    expect(wordDocumentLines(doc)).toEqual(['<b>bold?</b> <script>alert(1)</script> link']);
  });
});
