import type { CompareMode, CompareRoute } from '../../store/index.ts';

/** The fragment prefix of the comparison screen: `#compare/res130`. */
const PREFIX = 'compare/';

const MODES: readonly CompareMode[] = ['synoptic', 'redline', 'summary'];

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A malformed escape typed by hand: use it as typed.
    return part;
  }
}

/**
 * The fragment of a comparison: `#compare/res130` (synoptic view), `#compare/res130/redline`,
 * `#compare/res130/summary/EUR%2F44A7%2F1`. IDs are escaped whole, so `/` and `#` inside them survive.
 */
export function compareHash(route: { baseId: string; mode?: CompareMode; proposalId?: string | null }): string {
  const parts = [encodeURIComponent(route.baseId)];
  const mode = route.mode ?? 'synoptic';
  if (mode !== 'synoptic' || route.proposalId) parts.push(mode);
  if (route.proposalId) parts.push(encodeURIComponent(route.proposalId));
  return `#${PREFIX}${parts.join('/')}`;
}

/** The comparison a fragment opens, or null when it is not a comparison (`#res130/resolves/3`). */
export function compareRouteFromHash(hash: string): CompareRoute | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  const [base = '', mode = '', ...rest] = fragment.slice(PREFIX.length).split('/');
  const baseId = decode(base).trim();
  if (baseId === '') return null;
  // A proposal ID typed unescaped ("EUR/44A7/1") arrives split on its slashes: join it back.
  const proposal = rest.map(decode).join('/').trim();
  return {
    baseId,
    mode: MODES.find((known) => known === mode) ?? 'synoptic',
    proposalId: proposal === '' ? null : proposal,
  };
}
