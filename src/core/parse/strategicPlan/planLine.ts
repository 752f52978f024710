/**
 * The labelled lines of a Strategic Plan: goals ("Goal 1: Universal connectivity"), targets
 * ("Target 1.1: By 2027, …"), sector objectives ("R.1:", "T.2 –"), outcomes ("R.1-a") and outputs
 * ("R.1-1"). Lenient with text copied from a PDF: extra spaces, "Target 1.1 :", any dash.
 */
import type { SectorCode } from '../../model/index.ts';

export type PlanLine =
  | { kind: 'goal'; label: string; number: string; rest: string }
  | { kind: 'target'; label: string; id: string; goal: string; rest: string }
  | { kind: 'objective'; label: string; id: string; sector: SectorCode; rest: string }
  | { kind: 'outcome' | 'output'; label: string; id: string; objective: string; sector: SectorCode; rest: string };

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash. */
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';
/** What may follow a label: a colon, a dash standing apart, or a full stop; or nothing but a space. */
const SEP = '(\\s*:|\\s*[\\u2013\\u2014](?=\\s|$)|\\s+-(?=\\s|$)|\\.(?=\\s|$))?';
const END = '(?=\\s|$)\\s*(.*)$';
const DOT = '\\s*\\.\\s*';

const GOAL = new RegExp(`^((?:strategic\\s+)?goal\\s*(\\d{1,2})${SEP})${END}`, 'i');
const TARGET = new RegExp(`^(target\\s*(\\d{1,2})${DOT}(\\d{1,2})${SEP})${END}`, 'i');
const OBJECTIVE = new RegExp(`^((?:(?:[Ss]ector|[Ii]ntersectoral)\\s+)?(?:[Oo]bjective\\s+)?([RTDI])${DOT}(\\d{1,2})${SEP})${END}`);
const OUTCOME = new RegExp(`^((?:[Oo]utcome\\s+)?([RTDI])${DOT}(\\d{1,2})${DASH}([a-z])${SEP})${END}`);
const OUTPUT = new RegExp(`^((?:[Oo]utput\\s+)?([RTDI])${DOT}(\\d{1,2})${DASH}(\\d{1,2})${SEP})${END}`);

const LABEL_START = /^[DGIORST]/;

/** Reads the label of a line (already trimmed, spaces collapsed); null for any other line. */
export function readPlanLine(line: string): PlanLine | null {
  // Every label opens with one of these capitals (Goal, Strategic goal, Target, Sector, Intersectoral,
  // Objective, Outcome, Output, R., T., D., I.): most lines of prose are ruled out here.
  if (!LABEL_START.test(line)) return null;
  // The five patterns never match the same line: the first letters say which can, and only those run.
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1) | 0x20; // lower-cased
  if (first === 0x47 /* G */ || (first === 0x53 /* S */ && second === 0x74 /* t */)) return goalLine(line);
  if (first === 0x54 /* T */ && second === 0x61 /* a */) return targetLine(line);
  return sectorLine(line);
}

/** OUTCOME, OUTPUT or OBJECTIVE: "R.1-a", "Output R.1-1", "Sector objective R.1". */
function sectorLine(line: string): PlanLine | null {
  let m = OUTCOME.exec(line);
  if (m) {
    const objective = `${m[2]}.${Number(m[3])}`;
    return { kind: 'outcome', label: m[1], id: `${objective}-${m[4]}`, objective, sector: m[2] as SectorCode, rest: m[6] };
  }
  m = OUTPUT.exec(line);
  if (m) {
    const objective = `${m[2]}.${Number(m[3])}`;
    return { kind: 'output', label: m[1], id: `${objective}-${Number(m[4])}`, objective, sector: m[2] as SectorCode, rest: m[6] };
  }
  m = OBJECTIVE.exec(line);
  if (m) return { kind: 'objective', label: m[1], id: `${m[2]}.${Number(m[3])}`, sector: m[2] as SectorCode, rest: m[5] };
  return null;
}

function targetLine(line: string): PlanLine | null {
  const m = TARGET.exec(line);
  if (!m) return null;
  const goal = String(Number(m[2]));
  return { kind: 'target', label: m[1], id: `${goal}.${Number(m[3])}`, goal, rest: m[5] };
}

function goalLine(line: string): PlanLine | null {
  const m = GOAL.exec(line);
  // Without a colon or dash, "Goal 1 is …" is prose: only a capitalised name makes it a goal line.
  if (m && (m[3] || m[4] === '' || /^[A-Z0-9"“‘(]/.test(m[4]))) {
    return { kind: 'goal', label: m[1], number: String(Number(m[2])), rest: m[4] };
  }
  return null;
}

/** "Outcomes:", "Expected outputs", "Products and services": the line that opens a list under an objective. */
export function readGroupLine(line: string): 'outcomes' | 'outputs' | null {
  const m = /^(?:(?:expected|key|main)\s+)?(outcomes?|outputs?|products\s+and\s+services)\s*:?$/i.exec(line);
  if (!m) return null;
  return /^outcome/i.test(m[1]) ? 'outcomes' : 'outputs';
}

/** True for a line saying which goals an objective serves ("Goals served: primary Goal 1; secondary Goal 3"). */
export function isGoalLinksLine(line: string): boolean {
  return line.length <= 200 && /\b(?:primary|secondary)\b/i.test(line) && /\bgoals?\b/i.test(line) && /\b\d{1,2}\b/.test(line);
}
