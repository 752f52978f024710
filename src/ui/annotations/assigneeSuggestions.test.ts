import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { makeAnnotation, TEST_TIME as T } from '../../core/model/testkit/makeAnnotation.ts';
import { assigneeSuggestions } from './assigneeSuggestions.ts';

const annotation = (author: string, assignee: string | null, replies: string[]): Annotation =>
  makeAnnotation(`ann-${author}`, {
    kind: 'note',
    assignee,
    thread: replies.map((r, i) => ({ id: `r${i}`, author: r, text: 'x', created: T, modified: T })),
    author,
  });

describe('assigneeSuggestions', () => {
  it('lists authors, repliers, assignees and people present, once each, by name', () => {
    const names = assigneeSuggestions([annotation('Ben', 'Dee', ['Chi', 'ben']), annotation('Ana', null, [])], ['Eve', '  ', 'ana']);
    expect(names).toEqual(['ana', 'Ben', 'Chi', 'Dee', 'Eve']);
  });

  it('is empty when nobody is there', () => {
    expect(assigneeSuggestions([], [])).toEqual([]);
  });
});
