import { describe, expect, it } from 'vitest';
import { hashFor, targetFromHash } from './permalink.ts';

describe('permalinks', () => {
  it('uses the clause ID as the fragment', () => {
    expect(hashFor('res130/resolves/3')).toBe('#res130/resolves/3');
    expect(targetFromHash('#res130/resolves/3')).toEqual({ docId: 'res130', targetId: 'res130/resolves/3' });
  });

  it('opens a document without a target', () => {
    expect(targetFromHash('#res130')).toEqual({ docId: 'res130', targetId: null });
    expect(targetFromHash('#')).toBeNull();
    expect(targetFromHash('')).toBeNull();
  });

  it('round-trips IDs of repeated headings, which contain "#"', () => {
    const id = 'res130/instructs-the-secretary-general#2/1.1';
    expect(hashFor(id)).toBe('#res130/instructs-the-secretary-general%232/1.1');
    expect(targetFromHash(hashFor(id))?.targetId).toBe(id);
    // Typed by hand into the address bar, unescaped.
    expect(targetFromHash(`#${id}`)?.targetId).toBe(id);
  });

  it('survives a malformed escape', () => {
    expect(targetFromHash('#res1/resolves/%E0')).toEqual({ docId: 'res1', targetId: 'res1/resolves/%E0' });
  });
});
