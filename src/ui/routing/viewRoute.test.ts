import { describe, expect, it } from 'vitest';
import { targetFromHash } from './permalink.ts';
import { viewFromHash, viewHash } from './viewRoute.ts';

describe('view routes', () => {
  it('reads #dashboard and #print, and writes them back', () => {
    expect(viewFromHash('#dashboard')).toBe('dashboard');
    expect(viewFromHash('#print')).toBe('print');
    expect(viewFromHash(viewHash('dashboard'))).toBe('dashboard');
  });

  it('leaves clause permalinks, comparisons and drafts alone', () => {
    expect(viewFromHash('#res130/resolves/3')).toBeNull();
    expect(viewFromHash('#compare/res130')).toBeNull();
    expect(viewFromHash('#draft/draft-1')).toBeNull();
    expect(viewFromHash('#dashboard/x')).toBeNull();
    expect(viewFromHash('')).toBeNull();
    // The permalink reading of a clause is unchanged.
    expect(targetFromHash('#res130/resolves/3')).toEqual({ docId: 'res130', targetId: 'res130/resolves/3' });
  });
});
