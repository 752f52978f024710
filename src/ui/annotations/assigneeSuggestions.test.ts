import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/model/index.ts';
import { assigneeSuggestions } from './assigneeSuggestions.ts';

const T = '2026-11-28T09:00:00.000Z';
const annotation = (author: string, assignee: string | null, replies: string[]): Annotation => ({
  id: `ann-${author}`,
  target: { clause: 'res130/resolves/1' },
  kind: 'note',
  categories: [],
  sdgTargets: [],
  planTargets: [],
  severity: null,
  status: 'open',
  assignee,
  note: '',
  thread: replies.map((r, i) => ({ id: `r${i}`, author: r, text: 'x', created: T, modified: T })),
  author,
  created: T,
  modified: T,
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
