import type { Hunk } from './types.ts';

/** The base side of a diff: equal and deleted text, in order. */
export function baseText(hunks: readonly Hunk[]): string {
  let out = '';
  for (const hunk of hunks) if (hunk.type !== 'insert') out += hunk.text;
  return out;
}

/** The proposal side of a diff: equal and inserted text, in order. */
export function proposalText(hunks: readonly Hunk[]): string {
  let out = '';
  for (const hunk of hunks) if (hunk.type !== 'delete') out += hunk.text;
  return out;
}

const WORD = /[^\s]+/g;

/** How many words the hunks insert or delete (a word split across hunks counts once per hunk). */
export function changedWords(hunks: readonly Hunk[]): number {
  let count = 0;
  for (const hunk of hunks) if (hunk.type !== 'equal') count += hunk.text.match(WORD)?.length ?? 0;
  return count;
}

/** Adjacent hunks of one type joined, empty ones dropped. */
export function mergeHunks(hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (const hunk of hunks) {
    if (hunk.text === '') continue;
    const last = out.at(-1);
    if (last && last.type === hunk.type) last.text += hunk.text;
    else out.push({ type: hunk.type, text: hunk.text });
  }
  return out;
}
