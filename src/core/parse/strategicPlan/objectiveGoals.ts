/**
 * Reads which strategic goals a sector objective serves from a line such as
 * "Goals served: primary Goal 1; secondary Goals 2, 4" or "Goal 1 (primary), Goals 2 and 4 (secondary)".
 */
export function objectiveGoals(text: string): { primary: string[]; secondary: string[] } {
  const out = { primary: [] as string[], secondary: [] as string[] };
  const tokens = [...text.matchAll(/\b(primary|secondary)\b|(?<![\d.])(\d{1,2})(?![\d]|\.\d)/gi)];
  const firstKeyword = tokens.findIndex((t) => t[1] !== undefined);
  const firstNumber = tokens.findIndex((t) => t[2] !== undefined);
  if (firstKeyword < 0 || firstNumber < 0) return out;
  const add = (which: 'primary' | 'secondary', numbers: string[]): void => {
    for (const n of numbers) {
      const goal = String(Number(n));
      if (!out.primary.includes(goal) && !out.secondary.includes(goal)) out[which].push(goal);
    }
  };
  // "primary Goal 1; secondary Goal 3": numbers follow their word. "Goal 1 (primary)": they precede it.
  const wordFirst = firstKeyword < firstNumber;
  let pending: string[] = [];
  let current: 'primary' | 'secondary' | null = null;
  for (const t of tokens) {
    if (t[1] !== undefined) {
      const which = t[1].toLowerCase() as 'primary' | 'secondary';
      if (wordFirst) current = which;
      else add(which, pending.splice(0));
    } else if (wordFirst && current) add(current, [t[2]]);
    else pending.push(t[2]);
  }
  return out;
}
