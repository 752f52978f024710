/** Clause labels as printed in ITU texts: "a)", "(b)", "iv)", "3", "1.1", "•". */

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
  /** One or two readings: "i)" is both the ninth letter and roman one. */
  candidates: Label[];
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a lower-case roman numeral, or 0 when it is not one. */
export function romanValue(text: string): number {
  if (!/^[ivxlc]+$/.test(text)) return 0;
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

/** a=1 … z=26, aa=27 (ITU lists past z continue aa), bb=28 … */
function letterOrdinal(text: string): number {
  if (/^[a-z]$/.test(text)) return text.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(text)) return 26 + text.charCodeAt(0) - 96;
  return 0;
}

const PAREN = /^(\(?)([a-z]{1,4})\)(?=\s|$)/;
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?=\s|$)/;
const BULLET = /^([•·▪◦●–—-])(?=\s|$)/;

/** Reads the label at the start of a line, if there is one. */
export function readLabel(line: string): LabelledLine | null {
  const first = line.charCodeAt(0);
  // Labels open with "(", a letter, a digit or a bullet; most continued lines fail here at once.
  if (first < 0x28 || (first > 0x39 && first < 0x61) || (first > 0x7a && first < 0x80)) return null;
  // Dispatch on the first character: one pattern is tried, not three.
  if (first >= 0x30 && first <= 0x39) return readNumber(line);
  const paren = first === 0x28 || (first >= 0x61 && first <= 0x7a) ? PAREN.exec(line) : null;
  if (paren) {
    const value = paren[2];
    const candidates: Label[] = [];
    const letter = letterOrdinal(value);
    if (letter) candidates.push({ raw: paren[0], kind: 'letter', ordinal: letter });
    const roman = romanValue(value);
    if (roman) candidates.push({ raw: paren[0], kind: 'roman', ordinal: roman });
    if (candidates.length === 0) return null;
    return { candidates, rest: line.slice(paren[0].length).trim() };
  }
  if (paren || (first < 0x80 && first !== 0x2d)) return null;
  const bullet = BULLET.exec(line);
  if (bullet) return { candidates: [{ raw: bullet[1], kind: 'bullet', ordinal: 0 }], rest: line.slice(1).trim() };
  return null;
}

function readNumber(line: string): LabelledLine | null {
  const number = NUMBER.exec(line);
  if (!number) return null;
  const parts = number[1].split('.');
  const raw = number[0];
  const rest = line.slice(raw.length).trim();
  if (parts.length === 1) return { candidates: [{ raw, kind: 'number', ordinal: Number(parts[0]) }], rest };
  return {
    candidates: [{ raw, kind: 'dotted', ordinal: Number(parts[parts.length - 1]), parent: parts.slice(0, -1).join('.') }],
    rest,
  };
}

/** True for the label that opens a list: "a)", "i)", "1", "x.1", a bullet. */
export function isStartLabel(label: Label): boolean {
  return label.kind === 'bullet' || label.ordinal === 1;
}

/** Number part of a numbered or dotted label ("1.2" → "1.2", "3" → "3"). */
export function labelNumber(label: Label): string {
  return label.raw.replace(/\.$/, '');
}
