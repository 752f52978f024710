/** Clause permalinks: the URL fragment is the element ID, `#res130/resolves/3`. */

/** The fragment for an ID: `res130/resolves/3` → `#res130/resolves/3`; `#` in an ID is escaped. */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id).replace(/%2F/g, '/')}`;
}

/** What a fragment points at: the document ID and, below it, the target; null for an empty one. */
export function targetFromHash(hash: string): { docId: string; targetId: string | null } | null {
  let id = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: use the fragment as typed.
  }
  id = id.trim();
  if (id === '') return null;
  const slash = id.indexOf('/');
  if (slash === -1) return { docId: id, targetId: null };
  if (slash === 0) return null;
  return { docId: id.slice(0, slash), targetId: id };
}
