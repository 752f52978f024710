import { diffArrays } from 'diff';
import { cleanupHunks } from './cleanupHunks.ts';
import { patienceAnchors } from './patienceAnchors.ts';
import { coarseChunks, wordTokens } from './tokens.ts';
import type { Hunk, HunkGranularity } from './types.ts';

/** Bounds on the work of one diff, so that any pair of texts is compared quickly. */
export interface WordDiffLimits {
  /** Most token edits jsdiff looks for before giving up on a word diff (jsdiff's maxEditLength). */
  maxWordEdits: number;
  /** Longest stretch, in tokens, diffed word by word in one go; longer ones are diffed by sentences first. */
  maxWordTokens: number;
  /** Most sentence edits looked for before the whole stretch is shown as replaced. */
  maxChunkEdits: number;
  /** Wall-clock backstop for each jsdiff call, in ms (jsdiff's timeout). */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: WordDiffLimits = {
  maxWordEdits: 600,
  maxWordTokens: 4000,
  maxChunkEdits: 400,
  timeoutMs: 300,
};

export interface WordDiff {
  hunks: Hunk[];
  /** 'word' unless some stretch was too large or too different and was diffed more coarsely. */
  granularity: Exclude<HunkGranularity, 'tracked-changes'>;
}

const GRAIN: Record<WordDiff['granularity'], number> = { word: 0, sentence: 1, text: 2 };
const coarser = (a: WordDiff['granularity'], b: WordDiff['granularity']): WordDiff['granularity'] => (GRAIN[a] >= GRAIN[b] ? a : b);

/**
 * Word-level diff of two texts with jsdiff, cleaned up (see cleanupHunks). Always returns, in
 * bounded time: the shared start and end are set aside first; a long middle is diffed sentence by
 * sentence and only the changed sentences word by word; where jsdiff gives up (maxEditLength or
 * timeout), that stretch is shown as deleted and re-inserted whole. Equal + deleted text is
 * exactly `base`, equal + inserted text exactly `proposal`.
 */
export function wordDiff(base: string, proposal: string, limits: WordDiffLimits = DEFAULT_LIMITS): WordDiff {
  if (base === proposal) return { hunks: base === '' ? [] : [{ type: 'equal', text: base }], granularity: 'word' };
  const prefix = commonPrefix(base, proposal);
  const suffix = commonSuffix(base.slice(prefix), proposal.slice(prefix));
  const oldMiddle = base.slice(prefix, base.length - suffix);
  const newMiddle = proposal.slice(prefix, proposal.length - suffix);
  const middle = diffMiddle(oldMiddle, newMiddle, limits);
  const hunks: Hunk[] = [
    { type: 'equal', text: base.slice(0, prefix) },
    ...middle.hunks,
    { type: 'equal', text: base.slice(base.length - suffix) },
  ];
  return { hunks: cleanupHunks(hunks), granularity: middle.granularity };
}

function diffMiddle(base: string, proposal: string, limits: WordDiffLimits): WordDiff {
  if (base === '' || proposal === '') return { hunks: replaced(base, proposal), granularity: 'word' };
  const words = wordsOnly(base, proposal, limits);
  return words ? { hunks: words, granularity: 'word' } : diffByChunks(base, proposal, limits);
}

/**
 * Sentence-level diff: sentences found once in each text and in the same order anchor the two
 * texts (patience diff); each stretch between anchors is diffed word by word when small enough,
 * else sentence by sentence with jsdiff, else shown as replaced whole.
 */
function diffByChunks(base: string, proposal: string, limits: WordDiffLimits): WordDiff {
  const oldChunks = coarseChunks(base);
  const newChunks = coarseChunks(proposal);
  const out: Hunk[] = [];
  let granularity: WordDiff['granularity'] = 'word';
  const gap = (i0: number, i1: number, j0: number, j1: number): void => {
    if (i0 === i1 && j0 === j1) return;
    const result = diffGap(oldChunks.slice(i0, i1), newChunks.slice(j0, j1), limits);
    out.push(...result.hunks);
    granularity = coarser(granularity, result.granularity);
  };
  let i = 0;
  let j = 0;
  for (const [ai, aj] of patienceAnchors(oldChunks, newChunks)) {
    gap(i, ai, j, aj);
    out.push({ type: 'equal', text: oldChunks[ai] });
    i = ai + 1;
    j = aj + 1;
  }
  gap(i, oldChunks.length, j, newChunks.length);
  return { hunks: out, granularity };
}

/** A stretch between two anchors: words if small, else jsdiff over its sentences, else replaced. */
function diffGap(oldChunks: string[], newChunks: string[], limits: WordDiffLimits): WordDiff {
  const base = oldChunks.join('');
  const proposal = newChunks.join('');
  if (base === '' || proposal === '') return { hunks: replaced(base, proposal), granularity: 'word' };
  const words = wordsOnly(base, proposal, limits);
  if (words) return { hunks: words, granularity: 'word' };
  const chunks = diffTokens(oldChunks, newChunks, limits.maxChunkEdits, limits.timeoutMs);
  if (!chunks) return { hunks: replaced(base, proposal), granularity: 'text' };
  const out: Hunk[] = [];
  let granularity: WordDiff['granularity'] = 'word';
  let del = '';
  let ins = '';
  const flush = (): void => {
    const inner = del !== '' && ins !== '' ? wordsOnly(del, ins, limits) : replaced(del, ins);
    if (!inner) granularity = 'sentence';
    out.push(...(inner ?? replaced(del, ins)));
    del = '';
    ins = '';
  };
  for (const hunk of chunks) {
    if (hunk.type === 'equal') {
      flush();
      out.push(hunk);
    } else if (hunk.type === 'delete') del += hunk.text;
    else ins += hunk.text;
  }
  flush();
  return { hunks: out, granularity };
}

/** Word diff of a stretch small enough for it; undefined when too large or jsdiff gave up. */
function wordsOnly(base: string, proposal: string, limits: WordDiffLimits): Hunk[] | undefined {
  const oldTokens = wordTokens(base);
  const newTokens = wordTokens(proposal);
  if (oldTokens.length + newTokens.length > limits.maxWordTokens) return undefined;
  return diffTokens(oldTokens, newTokens, limits.maxWordEdits, limits.timeoutMs);
}

/** jsdiff over token arrays; undefined when it gave up. */
function diffTokens(oldTokens: string[], newTokens: string[], maxEditLength: number, timeout: number): Hunk[] | undefined {
  const changes = diffArrays(oldTokens, newTokens, { maxEditLength, timeout });
  if (!changes) return undefined;
  return changes.map((change) => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
}

function replaced(base: string, proposal: string): Hunk[] {
  return [
    { type: 'delete', text: base },
    { type: 'insert', text: proposal },
  ];
}

/** Length of the shared start, cut back to a token boundary so no word is split. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  if (n === a.length && n === b.length) return n;
  while (n > 0 && !(isBoundary(a, n) && isBoundary(b, n))) n--;
  return n;
}

/** Length of the shared end, cut back to a token boundary. */
function commonSuffix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  while (n > 0 && !(isBoundary(a, a.length - n) && isBoundary(b, b.length - n))) n--;
  return n;
}

/** A cut at `at` splits neither a word nor a run of white space (nor a surrogate pair). */
function isBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text[at - 1];
  const after = text[at];
  const space = (c: string): boolean => /\s/.test(c);
  if (space(before) !== space(after)) return true;
  if (space(before)) return false;
  return !(isWordChar(before) && isWordChar(after)) && !/[\uD800-\uDBFF]/.test(before);
}

const isWordChar = (c: string): boolean => /[\p{L}\p{N}\p{M}'’]/u.test(c);
