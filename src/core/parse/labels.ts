/** Clause labels as printed in ITU texts: "a)", "(b)", "iv)", "3", "1.1", "•". */
import { memoize } from './memoize.ts';

export type LabelKind = 'letter' | 'roman' | 'number' | 'dotted' | 'bullet';

export interface Label {
  /** As printed, e.g. "a)", "1.1", "•". */
  raw: string;
  kind: LabelKind;
  /** Ordinal within its list (a=1, iv=4, 3=3, 1.2=2); 0 for bullets. */
  ordinal: number;
  /** For dotted labels, the parent's number ("1" for "1.2"). */
  parent?: string;
}

/** A line split into its label candidates and the text after the label. */
export interface LabelledLine {
  /** One or two readings: "i)" is both the ninth letter and roman one. Shared between lines: never mutate. */
  candidates: readonly Label[];
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a lower-case roman numeral, or 0 when it is not one. */
export function romanValue(text: string): number {
  // Labels are short: their values are looked up, not computed.
  if (text.length <= 4) return SHORT_ROMAN.get(text) ?? 0;
  return computeRomanValue(text);
}

function computeRomanValue(text: string): number {
  if (!ROMAN_LETTERS.test(text)) return 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : 0;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, glyph] of table) while (n >= value) { out += glyph; n -= value; }
  return out;
}

const ROMAN_LETTERS = /^[ivxlc]+$/;

/** Every roman numeral of up to four letters ("i" … "cccc"), with its value. */
const SHORT_ROMAN = new Map<string, number>();
for (let n = 1; n <= 400; n++) {
  const roman = toRoman(n);
  if (roman.length <= 4) SHORT_ROMAN.set(roman, n);
}

const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** a=1 … z=26, aa=27 (ITU lists past z continue aa), bb=28 … */
function letterOrdinal(text: string): number {
  const first = text.charCodeAt(0);
  if (!isLower(first)) return 0;
  if (text.length === 1) return first - 96;
  if (text.length === 2 && text.charCodeAt(1) === first) return 26 + first - 96;
  return 0;
}

const PAREN = /^(\(?)([a-z]{1,4})\)(?=\s|$)/;
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?=\s|$)/;
const BULLET = /^([•·▪◦●–—-])(?=\s|$)/;

/**
 * Candidate readings by label as printed ("a)", "(iv)", "12", "1.2."). A Final Acts repeats the
 * same few labels thousands of times: each is read once, and its (never mutated) readings shared.
 */
const parenReadingsOf = memoize(parenReadings);
const numberReadingsOf = memoize(numberReadings);

/** Reads the label at the start of a line, if there is one. */
export function readLabel(line: string): LabelledLine | null {
  const first = line.charCodeAt(0);
  // Labels open with "(", a letter, a digit or a bullet; most continued lines fail here at once.
  if (first < 0x28 || (first > 0x39 && first < 0x61) || (first > 0x7a && first < 0x80)) return null;
  // Dispatch on the first character: one pattern is tried, not three. Loops over the characters
  // find the end of the label (as PAREN and NUMBER would) without a match array.
  if (isDigit(first)) return labelled(line, numberLabelLength(line), NUMBER, numberReadingsOf);
  if (first === 0x28 || isLower(first)) return labelled(line, parenLabelLength(line), PAREN, parenReadingsOf);
  if (first < 0x80 && first !== 0x2d) return null;
  const bullet = BULLET.exec(line);
  if (bullet) return { candidates: [{ raw: bullet[1], kind: 'bullet', ordinal: 0 }], rest: line.slice(1).trim() };
  return null;
}

/** The label of `length` characters opening `line` (0: none; -1: let `pattern` decide) and its readings. */
function labelled(line: string, length: number, pattern: RegExp, read: (raw: string) => readonly Label[] | null): LabelledLine | null {
  if (length === -1) length = pattern.exec(line)?.[0].length ?? 0;
  if (length === 0) return null;
  const candidates = read(line.slice(0, length));
  return candidates && { candidates, rest: line.slice(length).trim() };
}

/** "a)", "(iv)": a letter, a roman number, or both ("i)"). */
function parenReadings(raw: string): readonly Label[] | null {
  const value = raw.slice(raw.charCodeAt(0) === 0x28 ? 1 : 0, -1);
  const candidates: Label[] = [];
  const letter = letterOrdinal(value);
  if (letter) candidates.push({ raw, kind: 'letter', ordinal: letter });
  const roman = romanValue(value);
  if (roman) candidates.push({ raw, kind: 'roman', ordinal: roman });
  return candidates.length === 0 ? null : candidates;
}

/** "3", "3.", "1.2": a number, or a dotted number under its parent. */
function numberReadings(raw: string): readonly Label[] {
  const number = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (!number.includes('.')) return [{ raw, kind: 'number', ordinal: Number(number) }];
  const parts = number.split('.');
  return [{ raw, kind: 'dotted', ordinal: Number(parts[parts.length - 1]), parent: parts.slice(0, -1).join('.') }];
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** ASCII white space (what \s matches below 0x80). */
const isSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/**
 * What may follow a label: 1 for a space or the end, 0 for anything else, -1 for a non-ASCII
 * character (a no-break space?), which the regex classifies.
 */
function labelEnd(line: string, at: number): number {
  if (at === line.length) return 1;
  const code = line.charCodeAt(at);
  return isSpace(code) ? 1 : code >= 0x80 ? -1 : 0;
}

/** Length of the letter label opening a line ("a)", "(iv)"), as PAREN matches it; 0 when none, -1 when unsure. */
function parenLabelLength(line: string): number {
  const open = line.charCodeAt(0) === 0x28 ? 1 : 0;
  let i = open;
  while (i < line.length && i - open < 5 && isLower(line.charCodeAt(i))) i++;
  // One to four letters, then ")".
  if (i === open || i - open > 4 || line.charCodeAt(i) !== 0x29) return 0;
  const end = labelEnd(line, i + 1);
  return end === 1 ? i + 1 : end;
}

/** Length of the number label opening a line ("12", "1.2", "3."), as NUMBER matches it; 0 when none, -1 when unsure. */
function numberLabelLength(line: string): number {
  let i = 0;
  for (;;) {
    const start = i;
    while (i < line.length && i - start < 4 && isDigit(line.charCodeAt(i))) i++;
    // One to three digits, then ".", a space or the end.
    if (i === start || i - start > 3) return 0;
    if (line.charCodeAt(i) !== 0x2e /* . */) {
      const end = labelEnd(line, i);
      return end === 1 ? i : end;
    }
    i++; // the dot: another group of digits, or the end of the label
    if (i < line.length && isDigit(line.charCodeAt(i))) continue;
    const end = labelEnd(line, i);
    return end === 1 ? i : end;
  }
}

/** True for the label that opens a list: "a)", "i)", "1", "x.1", a bullet. */
export function isStartLabel(label: Label): boolean {
  return label.kind === 'bullet' || label.ordinal === 1;
}

/** Number part of a numbered or dotted label ("1.2" → "1.2", "3" → "3"). */
export function labelNumber(label: Label): string {
  return label.raw.endsWith('.') ? label.raw.slice(0, -1) : label.raw;
}
