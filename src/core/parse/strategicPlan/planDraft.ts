/** A clause of a Strategic Plan while it is being built (see PlanBuilder), and reading its lines. */
import type { Clause, PlanOutcome, PlanOutput, PlanTarget, SectorObjective, StrategicGoal } from '../../model/index.ts';

export type Role = 'paragraph' | 'goal' | 'target' | 'objective' | 'group' | 'outcome' | 'output' | 'goal-links' | 'sdg-link';

/** A clause being built, with what it stands for in the plan. */
export interface Draft {
  clause: Clause;
  role: Role;
  /** The clause's first line (its text after the label). */
  first: string;
  /**
   * Paragraphs of the clause text, each a list of source lines, from the first line on; null while the
   * clause is its first line only, as most are (no arrays for them).
   */
  paras: string[][] | null;
  /** Goal number (goal, sdg-link), objective ID (objective and its children), list kind (group). */
  key: string;
  goal?: StrategicGoal;
  target?: PlanTarget;
  objective?: SectorObjective;
  item?: PlanOutcome | PlanOutput;
  /** On an objective: how many of each list line (`outcomes`, `outputs`, `goals`) it has, for `#2`. */
  lists?: { outcomes: number; outputs: number; goals: number };
}

/** Patterns of the functions below, made once: a regular expression written in a function is a new object at every call. */
const ENDS_HYPHENATED = /[A-Za-z]-$/;
const LOWER_START = /^[a-z]/;
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const GOAL_NAME = /^(.{1,80}?)(?::\s+|\s+[\u2013\u2014-]\s+)(.+)$/;

/** Joins the lines of one paragraph; a word hyphenated across lines ("digi-" / "tal") is joined back. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    out = !out ? line : ENDS_HYPHENATED.test(out) && LOWER_START.test(line) ? out + line : `${out} ${line}`;
  }
  return out;
}

/** True when the clause's last line ends with a full stop, question or exclamation mark. */
export function endsSentence(draft: Draft): boolean {
  const para = draft.paras?.[draft.paras.length - 1];
  return ENDS_SENTENCE.test(para ? (para[para.length - 1] ?? '') : draft.first);
}

/** The clause's paragraphs, empty ones left out. */
export function paragraphs(draft: Draft): string[] {
  if (draft.paras === null) return draft.first === '' ? [] : [draft.first];
  return draft.paras.map(joinLines).filter((p) => p !== '');
}

/** "Universal connectivity: Connect everyone" → name and description; a long statement is all name. */
export function splitGoalName(line: string): { name: string; description: string } {
  const m = GOAL_NAME.exec(line);
  if (m && m[1].split(' ').length <= 8) return { name: m[1].trim(), description: m[2].trim() };
  return { name: line, description: '' };
}
