import type { Hunk } from '../../core/diff/types.ts';

/** One edit a reader would name: words inserted, words deleted, or words replaced by others. */
export type ClauseEdit =
  | { kind: 'insert'; text: string }
  | { kind: 'delete'; text: string }
  | { kind: 'replace'; from: string; to: string };

/** Longest excerpt kept in a change list entry. */
const MAX_EXCERPT = 80;

/** Trims an edit's words for a list entry, cutting long runs in the middle, between words. */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const half = Math.floor((max - 1) / 2);
  let head = clean.slice(0, half);
  let tail = clean.slice(clean.length - half);
  // Back off to whole words, unless that leaves nothing (one very long word).
  const space = head.lastIndexOf(' ');
  if (space > 0) head = head.slice(0, space);
  const start = tail.indexOf(' ');
  if (start !== -1 && start < tail.length - 1) tail = tail.slice(start + 1);
  return `${head.trimEnd()}…${tail.trimStart()}`;
}

/**
 * The edits of a clause's word diff, in order: a deletion next to an insertion (either order)
 * reads as one replacement. Hunks of white space alone are left out.
 */
export function clauseEdits(hunks: readonly Hunk[]): ClauseEdit[] {
  const out: ClauseEdit[] = [];
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i];
    if (hunk.type === 'equal' || hunk.text.trim() === '') continue;
    const next = hunks[i + 1];
    if (next && next.type !== 'equal' && next.type !== hunk.type && next.text.trim() !== '') {
      const [del, ins] = hunk.type === 'delete' ? [hunk, next] : [next, hunk];
      out.push({ kind: 'replace', from: del.text.trim(), to: ins.text.trim() });
      i++;
      continue;
    }
    out.push({ kind: hunk.type, text: hunk.text.trim() });
  }
  return out;
}

/** Words inserted and deleted by a clause's diff. */
export function wordCounts(hunks: readonly Hunk[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const hunk of hunks) {
    if (hunk.type === 'equal') continue;
    const words = hunk.text.split(/\s+/).filter(Boolean).length;
    if (hunk.type === 'insert') inserted += words;
    else deleted += words;
  }
  return { inserted, deleted };
}
