import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlanLine, type PlanLine } from './planLine.ts';

/**
 * The label patterns as regular expressions, the way readPlanLine read them before it was written by
 * hand: the reference it must agree with on every line without a line break.
 */
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';
const SEP = '(\\s*:|\\s*[\\u2013\\u2014](?=\\s|$)|\\s+-(?=\\s|$)|\\.(?=\\s|$))?';
const END = '(?=\\s|$)\\s*(.*)$';
const DOT = '\\s*\\.\\s*';
const GOAL = new RegExp(`^((?:strategic\\s+)?goal\\s*(\\d{1,2})${SEP})${END}`, 'i');
const TARGET = new RegExp(`^(target\\s*(\\d{1,2})${DOT}(\\d{1,2})${SEP})${END}`, 'i');
const OBJECTIVE = new RegExp(`^((?:(?:[Ss]ector|[Ii]ntersectoral)\\s+)?(?:[Oo]bjective\\s+)?([RTDI])${DOT}(\\d{1,2})${SEP})${END}`);
const OUTCOME = new RegExp(`^((?:[Oo]utcome\\s+)?([RTDI])${DOT}(\\d{1,2})${DASH}([a-z])${SEP})${END}`);
const OUTPUT = new RegExp(`^((?:[Oo]utput\\s+)?([RTDI])${DOT}(\\d{1,2})${DASH}(\\d{1,2})${SEP})${END}`);

function reference(line: string): PlanLine | null {
  if (!/^[DGIORST]/.test(line)) return null;
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1) | 0x20;
  if (first === 0x47 || (first === 0x53 && second === 0x74)) {
    const m = GOAL.exec(line);
    if (m && (m[3] || m[4] === '' || /^[A-Z0-9"“‘(]/.test(m[4]))) return { kind: 'goal', label: m[1], number: String(Number(m[2])), rest: m[4] };
    return null;
  }
  if (first === 0x54 && second === 0x61) {
    const m = TARGET.exec(line);
    if (!m) return null;
    const goal = String(Number(m[2]));
    return { kind: 'target', label: m[1], id: `${goal}.${Number(m[3])}`, goal, rest: m[5] };
  }
  let m = OUTCOME.exec(line);
  if (m) {
    const objective = `${m[2]}.${Number(m[3])}`;
    return { kind: 'outcome', label: m[1], id: `${objective}-${m[4]}`, objective, sector: m[2] as 'R', rest: m[6] };
  }
  m = OUTPUT.exec(line);
  if (m) {
    const objective = `${m[2]}.${Number(m[3])}`;
    return { kind: 'output', label: m[1], id: `${objective}-${Number(m[4])}`, objective, sector: m[2] as 'R', rest: m[6] };
  }
  m = OBJECTIVE.exec(line);
  return m ? { kind: 'objective', label: m[1], id: `${m[2]}.${Number(m[3])}`, sector: m[2] as 'R', rest: m[5] } : null;
}

/** Pieces of labels and of prose, in both cases, with odd spaces and every dash. */
const PIECES = [
  'Goal', 'goal', 'GOAL', 'Strategic goal', 'strategic  Goal', 'Target', 'target', 'TARGET', 'Sector', 'sector', 'Intersectoral',
  'Objective', 'objective', 'Outcome', 'outcome', 'Output', 'output', 'R', 'T', 'D', 'I', 'S', 'O', 'G', 'X', 'r', '.', ' . ', '. ',
  '1', '12', '123', '0', '07', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', 'a', 'z', 'A', ':', ' :', ' ', '  ', '\t',
  '\u00a0', '\u3000', '\ufeff', 'x', 'Name', 'name', '"', '\u201c', '(', 'SDG', 'é',
];
const SPACES = ['', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2007', '\ufeff', '\u1680'];
const piece = (choices: string[]) => fc.constantFrom(...choices);
/** Lines shaped like labels, each part varied: word, spaces, letter, dot, numbers, dash, item, separator, rest. */
const labelShaped = fc
  .tuple(
    piece(['', 'Goal', 'GOAL', 'Strategic goal', 'STRATEGIC', 'Target', 'TARGET', 'Sector', 'Intersectoral', 'Objective', 'Sector objective', 'Outcome', 'Output', 'Outcomes']),
    piece(SPACES),
    piece(['', 'R', 'T', 'D', 'I', 'G', 'r']),
    piece(['', '.', ' .', '. ', '\u00a0.\u3000']),
    piece(['1', '07', '12', '123', '']),
    piece(['', '.', ' . ', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014']),
    piece(['', 'a', 'z', 'A', '1', '10', '100']),
    piece(['', ':', ' :', '\u2013', ' \u2014', ' -', '-', '.', '..', ' ', '\u3000']),
    piece(SPACES),
    piece(['', 'Name', 'name', '"Quoted"', '\u201cQuoted', '(x)', '2027', 'é']),
  )
  .map((parts) => parts.join(''));
const line = fc.oneof(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 9 }).map((pieces) => pieces.join('')), labelShaped);

describe('readPlanLine (seeded)', () => {
  it('reads every line as the label patterns do', () => {
    fc.assert(
      fc.property(line, (text) => {
        for (const variant of [text, text.trim(), text.replace(/\s+/g, ' ').trim()]) expect(readPlanLine(variant)).toEqual(reference(variant));
      }),
      { seed: 20261128, numRuns: 20_000 },
    );
  });
});
