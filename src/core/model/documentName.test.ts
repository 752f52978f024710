import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_ORDER, documentName } from './documentName.ts';

const base = { number: '', title: '', titleLine: '' };

describe('documentName', () => {
  it('names texts by type and number, as they are cited', () => {
    expect(documentName({ ...base, type: 'resolution', number: '130' }, 'x')).toBe('Resolution 130');
    expect(documentName({ ...base, type: 'recommendation', number: '' }, 'x')).toBe('Recommendation');
    expect(documentName({ ...base, type: 'other', number: '7' }, 'x')).toBe('Text 7');
  });

  it('names a Strategic Plan by its period, else its number', () => {
    const plan = (period: string) => ({ period, goals: [], objectives: [] });
    expect(documentName({ ...base, type: 'strategic-plan', number: '2020', plan: plan('2024-2027') }, 'x')).toBe('Strategic Plan 2024-2027');
    expect(documentName({ ...base, type: 'strategic-plan', number: '2020', plan: plan('') }, 'x')).toBe('Strategic Plan 2020');
    expect(documentName({ ...base, type: 'strategic-plan' }, 'x')).toBe('Strategic Plan');
  });

  it('names an untyped text by its subject, its title line, else what the caller gives', () => {
    expect(documentName({ ...base, type: 'other', title: 'Notes', titleLine: 'NOTES' }, 'x')).toBe('Notes');
    expect(documentName({ ...base, type: 'other', titleLine: 'NOTES' }, 'x')).toBe('NOTES');
    expect(documentName({ ...base, type: 'other' }, 'notes.txt')).toBe('notes.txt');
  });

  it('orders types as the ITU publishes them', () => {
    expect(DOCUMENT_TYPE_ORDER).toEqual(['resolution', 'decision', 'recommendation', 'strategic-plan', 'other']);
  });
});
