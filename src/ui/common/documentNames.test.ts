import { describe, expect, it } from 'vitest';
import { documentName } from './documentNames.ts';

const base = { number: '', title: '', titleLine: '' };

describe('documentName', () => {
  it('names texts as they are cited', () => {
    expect(documentName({ ...base, type: 'resolution', number: '130' })).toBe('Resolution 130');
    expect(documentName({ ...base, type: 'decision', number: '5' })).toBe('Decision 5');
    expect(documentName({ ...base, type: 'resolution', number: '[SEN-1]' })).toBe('Resolution [SEN-1]');
  });

  it('names a Strategic Plan by its period', () => {
    expect(documentName({ ...base, type: 'strategic-plan', plan: { period: '2024-2027', goals: [], objectives: [] } })).toBe('Strategic Plan 2024-2027');
    expect(documentName({ ...base, type: 'strategic-plan' })).toBe('Strategic Plan');
  });

  it('names an unrecognised text by what it has', () => {
    expect(documentName({ ...base, type: 'other', title: 'Notes' })).toBe('Notes');
    expect(documentName({ ...base, type: 'other', source: { file: 'notes.txt', format: 'text' } })).toBe('notes.txt');
    expect(documentName({ ...base, type: 'other' })).toBe('Untitled text');
  });
});
