import { mergeHunks } from './hunkText.ts';
import type { Hunk } from './types.ts';

/** A stretch the two texts share, or a change: what the base had there and what the proposal has. */
type Segment = { equal: string } | { del: string; ins: string };

const isEqual = (segment: Segment): segment is { equal: string } => 'equal' in segment;

/** Only spaces and punctuation: never worth showing as "unchanged" between two changes. */
const FILLER = /^[\s\p{P}\p{S}]*$/u;
/** Changes on both sides of a short word must be this long (in words) for the word to be folded in. */
const MIN_PHRASE = 2;

/**
 * Makes a word diff read the way a person would mark it up, in the spirit of diff-match-patch's
 * semantic cleanup: a tiny unchanged island between two changes (spaces, a comma, or one short word
 * such as "the" or "of" between changes of several words) is folded into one replacement of the
 * whole phrase. Islands of real words are kept otherwise, so the result marks no more words as
 * changed than a character diff with semantic cleanup does (bench/diff checks this). Each change
 * comes out as its deletion followed by its insertion, and spaces both sides share at the edges of
 * a change stay outside it. Equal + deleted text is still exactly the base, equal + inserted text
 * exactly the proposal.
 */
export function cleanupHunks(hunks: readonly Hunk[]): Hunk[] {
  const stack: Segment[] = [];
  for (const segment of segments(hunks)) {
    if (isEqual(segment)) {
      stack.push(segment);
      continue;
    }
    let change = segment;
    // Fold the equality before this change (and again, as the change grows) while it is tiny.
    for (;;) {
      const equal = stack.at(-1);
      const before = stack.at(-2);
      if (!equal || !before || !isEqual(equal) || isEqual(before) || !isTiny(equal.equal, before, change)) break;
      stack.length -= 2;
      change = { del: before.del + equal.equal + change.del, ins: before.ins + equal.equal + change.ins };
    }
    stack.push(change);
  }
  const out: Hunk[] = [];
  for (const segment of stack) {
    if (isEqual(segment)) out.push({ type: 'equal', text: segment.equal });
    else out.push(...changeHunks(segment.del, segment.ins));
  }
  return mergeHunks(out);
}

/**
 * Only the tidying part of cleanupHunks: each change as its deletion then its insertion, with
 * spaces both share at its edges left unchanged; no stretch is folded. For marks that must stay
 * as their author made them (Word tracked changes).
 */
export function tidyHunks(hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (const segment of segments(hunks)) {
    if (isEqual(segment)) out.push({ type: 'equal', text: segment.equal });
    else out.push(...changeHunks(segment.del, segment.ins));
  }
  return mergeHunks(out);
}

function segments(hunks: readonly Hunk[]): Segment[] {
  const out: Segment[] = [];
  for (const hunk of hunks) {
    if (hunk.text === '') continue;
    const last = out.at(-1);
    if (hunk.type === 'equal') {
      if (last && isEqual(last)) last.equal += hunk.text;
      else out.push({ equal: hunk.text });
      continue;
    }
    const change = last && !isEqual(last) ? last : { del: '', ins: '' };
    if (change !== last) out.push(change);
    if (hunk.type === 'delete') change.del += hunk.text;
    else change.ins += hunk.text;
  }
  return out;
}

function isTiny(equal: string, before: { del: string; ins: string }, after: { del: string; ins: string }): boolean {
  if (FILLER.test(equal)) return true;
  // One short word ("the", "of", "and") between two changes of several words each reads as part of one phrase.
  const word = equal.trim();
  return /^[\p{L}\p{N}]{1,3}$/u.test(word) && /^\s+\S+\s+$/.test(equal) && words(before) >= MIN_PHRASE && words(after) >= MIN_PHRASE;
}

/** Words a change has on its longer side. */
const words = (change: { del: string; ins: string }): number => Math.max(count(change.del), count(change.ins));
const count = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** Deletion then insertion, with white space both share at either edge left unchanged. */
function changeHunks(del: string, ins: string): Hunk[] {
  if (del === '' || ins === '') return [{ type: 'delete', text: del }, { type: 'insert', text: ins }];
  const lead = Math.min(leadingSpace(del), leadingSpace(ins));
  const sharedLead = del.slice(0, lead) === ins.slice(0, lead) ? lead : 0;
  const d = del.slice(sharedLead);
  const i = ins.slice(sharedLead);
  const trail = Math.min(trailingSpace(d), trailingSpace(i));
  const sharedTrail = trail > 0 && d.slice(d.length - trail) === i.slice(i.length - trail) ? trail : 0;
  return [
    { type: 'equal', text: del.slice(0, sharedLead) },
    { type: 'delete', text: d.slice(0, d.length - sharedTrail) },
    { type: 'insert', text: i.slice(0, i.length - sharedTrail) },
    { type: 'equal', text: d.slice(d.length - sharedTrail) },
  ];
}

const leadingSpace = (text: string): number => /^\s*/.exec(text)![0].length;
const trailingSpace = (text: string): number => /\s*$/.exec(text)![0].length;
