/**
 * The labelled lines of a Strategic Plan: goals ("Goal 1: Universal connectivity"), targets
 * ("Target 1.1: By 2027, …"), sector objectives ("R.1:", "T.2 –"), outcomes ("R.1-a") and outputs
 * ("R.1-1"). Lenient with text copied from a PDF: extra spaces, "Target 1.1 :", any dash.
 *
 * Read by hand, a character at a time, rather than by a cascade of regular expressions: a plan of
 * megabytes has tens of thousands of labelled lines, and each match of a pattern with groups made an
 * array and a string per group. Here a line gives its label and rest (one slice each) and its IDs,
 * which repeat and are made once (see planIds.ts). What each label may look like, as patterns (`\s`
 * is JavaScript's white space; "goal", "strategic" and "target" in any case):
 *
 *     goal       (strategic\s+)?goal\s*N SEP                          N: 1 or 2 digits
 *     target     target\s*N\s*\.\s*N SEP
 *     objective  ((Sector|Intersectoral)\s+)?(Objective\s+)?S\s*\.\s*N SEP    S: R, T, D or I
 *     outcome    (Outcome\s+)?S\s*\.\s*N DASH [a-z] SEP                 DASH: - ‐ ‑ ‒ – —
 *     output     (Output\s+)?S\s*\.\s*N DASH N SEP
 *     SEP        \s*:  or  \s*[–—]  or  \s+-  or  .  or nothing; a space or the end of the line follows
 *
 * (the first letter of Sector, Intersectoral, Objective, Outcome and Output in either case). The rest
 * of the line, after spaces, is the clause text.
 */
import type { SectorCode } from '../../model/index.ts';
import { goalNumber, objectiveId, outcomeId, outputId, targetId } from './planIds.ts';

export type PlanLine =
  | { kind: 'goal'; label: string; number: string; rest: string }
  | { kind: 'target'; label: string; id: string; goal: string; rest: string }
  | { kind: 'objective'; label: string; id: string; sector: SectorCode; rest: string }
  | { kind: 'outcome' | 'output'; label: string; id: string; objective: string; sector: SectorCode; rest: string };

/** Reads the label of a line (already trimmed, spaces collapsed: no line breaks); null for any other line. */
export function readPlanLine(line: string): PlanLine | null {
  // Every label opens with one of these capitals (Goal, Strategic goal, Target, Sector, Intersectoral,
  // Objective, Outcome, Output, R., T., D., I.): most lines of prose are ruled out here.
  const first = line.charCodeAt(0);
  if (first !== 0x44 && first !== 0x47 && first !== 0x49 && first !== 0x4f && first !== 0x52 && first !== 0x53 && first !== 0x54) return null;
  // The five kinds never match the same line: the first letters say which can, and only those are tried.
  const second = line.charCodeAt(1) | 0x20; // lower-cased
  if (first === 0x47 /* G */ || (first === 0x53 /* S */ && second === 0x74 /* t */)) return goalLine(line);
  if (first === 0x54 /* T */ && second === 0x61 /* a */) return targetLine(line);
  return sectorLine(line);
}

/** The number of one or two digits at `at` (a longer run is no number): its value, or -1. */
function numberAt(line: string, at: number): number {
  const a = line.charCodeAt(at) - 0x30;
  if (!(a >= 0 && a <= 9)) return -1;
  const b = line.charCodeAt(at + 1) - 0x30;
  if (!(b >= 0 && b <= 9)) return a;
  const c = line.charCodeAt(at + 2) - 0x30;
  return c >= 0 && c <= 9 ? -1 : a * 10 + b;
}

/** Where the digits of a number read by numberAt end. */
function afterNumber(line: string, at: number): number {
  const b = line.charCodeAt(at + 1) - 0x30;
  return b >= 0 && b <= 9 ? at + 2 : at + 1;
}

/**
 * After `word` (lower-case letters) at `at` and at least `minSpaces` white space: where the next
 * character is, or -1. The first letter may be of either case; the others too if `anyCase`.
 */
function afterWord(line: string, at: number, word: string, anyCase: boolean, minSpaces: number): number {
  if (at + word.length > line.length || (line.charCodeAt(at) | 0x20) !== word.charCodeAt(0)) return -1;
  for (let i = 1; i < word.length; i++) {
    const c = line.charCodeAt(at + i);
    if ((anyCase ? c | 0x20 : c) !== word.charCodeAt(i)) return -1;
  }
  const end = skipSpaces(line, at + word.length);
  return end - (at + word.length) >= minSpaces ? end : -1;
}

/** JavaScript's white space (what `\s` matches). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function skipSpaces(line: string, at: number): number {
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  return at;
}

/** True at the end of the line or before white space. */
function spaceOrEnd(line: string, at: number): boolean {
  return at >= line.length || isSpace(line.charCodeAt(at));
}

/** Where the label ends after SEP read at `at` (see the top of this file), or -1 if none fits. */
function labelEnd(line: string, at: number): number {
  const spaced = skipSpaces(line, at);
  const c = line.charCodeAt(spaced);
  if (c === 0x3a /* : */ && spaceOrEnd(line, spaced + 1)) return spaced + 1;
  if ((c === 0x2013 || c === 0x2014) && spaceOrEnd(line, spaced + 1)) return spaced + 1;
  if (c === 0x2d /* - */ && spaced > at && spaceOrEnd(line, spaced + 1)) return spaced + 1;
  if (line.charCodeAt(at) === 0x2e /* . */ && spaceOrEnd(line, at + 1)) return at + 1;
  return spaceOrEnd(line, at) ? at : -1;
}

/** `\s*\.\s*` at `at`: where it ends, or -1. */
function dotAt(line: string, at: number): number {
  const dot = skipSpaces(line, at);
  return line.charCodeAt(dot) === 0x2e ? skipSpaces(line, dot + 1) : -1;
}

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2014);
}

/** R, T, D or I (a Sector's objectives). */
function isSector(c: number): boolean {
  return c === 0x52 || c === 0x54 || c === 0x44 || c === 0x49;
}

/** Objective, outcome or output: "R.1", "Sector objective R.1", "Outcome R.1-a", "R.1-1". */
function sectorLine(line: string): PlanLine | null {
  const first = line.charCodeAt(0);
  if (first === 0x4f /* O */) {
    // "Outcome R.1-a", "Output R.1-1" or "Objective R.1": the word says which.
    let at = afterWord(line, 0, 'outcome', false, 1);
    if (at >= 0) return itemLine(line, at, 'outcome');
    at = afterWord(line, 0, 'output', false, 1);
    if (at >= 0) return itemLine(line, at, 'output');
    at = afterWord(line, 0, 'objective', false, 1);
    return at >= 0 ? objectiveLine(line, at) : null;
  }
  if (first === 0x53 /* S */ || first === 0x49 /* I */) {
    // "Sector objective R.1", "Intersectoral R.1": objectives only.
    const at = afterWord(line, 0, first === 0x53 ? 'sector' : 'intersectoral', false, 1);
    if (at >= 0) {
      const objective = afterWord(line, at, 'objective', false, 1);
      return objectiveLine(line, objective >= 0 ? objective : at);
    }
    if (first === 0x53) return null;
  }
  // No word before the label: any of the three.
  if (!isSector(first)) return null;
  const dot = dotAt(line, 1);
  const n = dot < 0 ? -1 : numberAt(line, dot);
  if (n < 0) return null;
  const after = afterNumber(line, dot);
  return itemAfter(line, first, n, after, 'outcome') ?? itemAfter(line, first, n, after, 'output') ?? objectiveAfter(line, first, n, after);
}

/** "R.1" and what follows, from `at` (after any prefix): an objective line or null. */
function objectiveLine(line: string, at: number): PlanLine | null {
  const sector = line.charCodeAt(at);
  if (!isSector(sector)) return null;
  const dot = dotAt(line, at + 1);
  const n = dot < 0 ? -1 : numberAt(line, dot);
  return n < 0 ? null : objectiveAfter(line, sector, n, afterNumber(line, dot));
}

function objectiveAfter(line: string, sector: number, n: number, at: number): PlanLine | null {
  const end = labelEnd(line, at);
  if (end < 0) return null;
  return { kind: 'objective', label: line.slice(0, end), id: objectiveId(sector, n), sector: String.fromCharCode(sector) as SectorCode, rest: line.slice(skipSpaces(line, end)) };
}

/** "R.1-a" (outcome) or "R.1-1" (output) from `at` (after any prefix). */
function itemLine(line: string, at: number, kind: 'outcome' | 'output'): PlanLine | null {
  const sector = line.charCodeAt(at);
  if (!isSector(sector)) return null;
  const dot = dotAt(line, at + 1);
  const n = dot < 0 ? -1 : numberAt(line, dot);
  return n < 0 ? null : itemAfter(line, sector, n, afterNumber(line, dot), kind);
}

function itemAfter(line: string, sector: number, n: number, at: number, kind: 'outcome' | 'output'): PlanLine | null {
  if (!isDash(line.charCodeAt(at))) return null;
  let item: number;
  let end: number;
  if (kind === 'outcome') {
    item = line.charCodeAt(at + 1);
    if (!(item >= 0x61 && item <= 0x7a)) return null;
    end = labelEnd(line, at + 2);
  } else {
    item = numberAt(line, at + 1);
    if (item < 0) return null;
    end = labelEnd(line, afterNumber(line, at + 1));
  }
  if (end < 0) return null;
  return {
    kind,
    label: line.slice(0, end),
    id: kind === 'outcome' ? outcomeId(sector, n, item) : outputId(sector, n, item),
    objective: objectiveId(sector, n),
    sector: String.fromCharCode(sector) as SectorCode,
    rest: line.slice(skipSpaces(line, end)),
  };
}

/** "Target 1.1: …" (any case). */
function targetLine(line: string): PlanLine | null {
  const at = afterWord(line, 0, 'target', true, 0);
  const goal = at < 0 ? -1 : numberAt(line, at);
  if (goal < 0) return null;
  const dot = dotAt(line, afterNumber(line, at));
  const n = dot < 0 ? -1 : numberAt(line, dot);
  if (n < 0) return null;
  const end = labelEnd(line, afterNumber(line, dot));
  if (end < 0) return null;
  return { kind: 'target', label: line.slice(0, end), id: targetId(goal, n), goal: goalNumber(goal), rest: line.slice(skipSpaces(line, end)) };
}

/** "Goal 1: …", "Strategic goal 1 – …" (any case). */
function goalLine(line: string): PlanLine | null {
  // "strategic" and its spaces, if there: then "goal" must follow.
  const strategic = afterWord(line, 0, 'strategic', true, 1);
  const at = afterWord(line, strategic < 0 ? 0 : strategic, 'goal', true, 0);
  const n = at < 0 ? -1 : numberAt(line, at);
  if (n < 0) return null;
  const after = afterNumber(line, at);
  const end = labelEnd(line, after);
  if (end < 0) return null;
  const restAt = skipSpaces(line, end);
  // Without a colon or dash, "Goal 1 is …" is prose: only a capitalised name makes it a goal line.
  if (end === after && restAt < line.length && !opensName(line.charCodeAt(restAt))) return null;
  return { kind: 'goal', label: line.slice(0, end), number: goalNumber(n), rest: line.slice(restAt) };
}

/** A capital, a digit, or an opening quote or bracket. */
function opensName(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28;
}

/** "Outcomes:", "Expected outputs", "Products and services": the line that opens a list under an objective. */
export function readGroupLine(line: string): 'outcomes' | 'outputs' | null {
  // Two tests rather than one match with a group: no match array for each of these lines.
  if (OUTCOMES_LINE.test(line)) return 'outcomes';
  return OUTPUTS_LINE.test(line) ? 'outputs' : null;
}

const OUTCOMES_LINE = /^(?:(?:expected|key|main)\s+)?outcomes?\s*:?$/i;
const OUTPUTS_LINE = /^(?:(?:expected|key|main)\s+)?(?:outputs?|products\s+and\s+services)\s*:?$/i;

const PRIMARY_SECONDARY = /\b(?:primary|secondary)\b/i;
const GOALS_WORD = /\bgoals?\b/i;
const SMALL_NUMBER = /\b\d{1,2}\b/;

/** True for a line saying which goals an objective serves ("Goals served: primary Goal 1; secondary Goal 3"). */
export function isGoalLinksLine(line: string): boolean {
  return line.length <= 200 && PRIMARY_SECONDARY.test(line) && GOALS_WORD.test(line) && SMALL_NUMBER.test(line);
}
