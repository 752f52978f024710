/**
 * Reads which strategic goals a sector objective serves from a line such as
 * "Goals served: primary Goal 1; secondary Goals 2, 4" or "Goal 1 (primary), Goals 2 and 4 (secondary)".
 */
export function objectiveGoals(text: string): { primary: string[]; secondary: string[] } {
  const out = { primary: [] as string[], secondary: [] as string[] };
  const add = (which: 'primary' | 'secondary', numbers: string[]): void => {
    for (const n of numbers) {
      const goal = String(Number(n));
      if (!out.primary.includes(goal) && !out.secondary.includes(goal)) out[which].push(goal);
    }
  };
  // "primary Goal 1; secondary Goal 3": numbers follow their word. "Goal 1 (primary)": they precede it.
  // The first token says which: a line without both a word and a number adds nothing either way.
  let wordFirst: boolean | null = null;
  let pending: string[] = [];
  let current: 'primary' | 'secondary' | null = null;
  const tokens = TOKEN;
  tokens.lastIndex = 0; // shared: nothing in the loop uses it
  for (let t = tokens.exec(text); t; t = tokens.exec(text)) {
    wordFirst ??= t[1] !== undefined;
    if (t[1] !== undefined) {
      // The word is "primary" or "secondary" in any case: its length tells which.
      const which = t[1].length === 7 ? 'primary' : 'secondary';
      if (wordFirst) current = which;
      else add(which, pending.splice(0));
    } else if (wordFirst && current) add(current, [t[2]]);
    else pending.push(t[2]);
  }
  return out;
}

/** The words "primary" / "secondary" and goal numbers (not parts of "1.2"). */
const TOKEN = /\b(primary|secondary)\b|(?<![\d.])(\d{1,2})(?![\d]|\.\d)/gi;
