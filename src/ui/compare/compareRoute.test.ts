import { describe, expect, it } from 'vitest';
import { compareHash, compareRouteFromHash } from './compareRoute.ts';

describe('comparison fragments', () => {
  it('opens the synoptic view of a base text', () => {
    expect(compareHash({ baseId: 'res130' })).toBe('#compare/res130');
    expect(compareRouteFromHash('#compare/res130')).toEqual({ baseId: 'res130', mode: 'synoptic', proposalId: null });
  });

  it('round-trips a view and a proposal ID holding slashes', () => {
    const route = { baseId: 'res130#2', mode: 'redline' as const, proposalId: 'B/CAN/CLM/USA/16/47' };
    const hash = compareHash(route);
    expect(hash).toBe('#compare/res130%232/redline/B%2FCAN%2FCLM%2FUSA%2F16%2F47');
    expect(compareRouteFromHash(hash)).toEqual(route);
  });

  it('accepts a proposal ID typed unescaped, and an unknown view as the synoptic one', () => {
    expect(compareRouteFromHash('#compare/res130/summary/EUR/44A7/1')).toEqual({ baseId: 'res130', mode: 'summary', proposalId: 'EUR/44A7/1' });
    expect(compareRouteFromHash('#compare/res130/table')).toEqual({ baseId: 'res130', mode: 'synoptic', proposalId: null });
  });

  it('is not a comparison for a reading permalink or an empty base', () => {
    expect(compareRouteFromHash('#res130/resolves/3')).toBeNull();
    expect(compareRouteFromHash('#compare/')).toBeNull();
    expect(compareRouteFromHash('')).toBeNull();
  });

  it('survives a malformed escape', () => {
    expect(compareRouteFromHash('#compare/res1%E0')?.baseId).toBe('res1%E0');
  });
});
