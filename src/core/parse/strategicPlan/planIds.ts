/**
 * The IDs a plan's labels give ("1", "1.2", "R.1", "R.1-a", "R.1-2"), from the numbers read: each made
 * once and then shared. A plan of megabytes repeats a few hundred IDs tens of thousands of times, and
 * every copy would be a string built from pieces, kept in the document to the end.
 */

/** Made IDs by a number standing for kind, letter and numbers. Bounded: at most 5 × 4 × 100 × 100 entries. */
const made = new Map<number, string>();

function remember(key: number, value: string): string {
  made.set(key, value);
  return value;
}

/** "7" for 7 (and for "07"). */
export function goalNumber(n: number): string {
  const key = n;
  return made.get(key) ?? remember(key, String(n));
}

/** "1.2" for goal 1, target 2. */
export function targetId(goal: number, n: number): string {
  const key = 1_000_000 + goal * 100 + n;
  return made.get(key) ?? remember(key, `${goal}.${n}`);
}

/** "R.1" for sector "R" (as a character code) and number 1. */
export function objectiveId(sector: number, n: number): string {
  const key = 2_000_000 + sector * 100 + n;
  return made.get(key) ?? remember(key, `${String.fromCharCode(sector)}.${n}`);
}

/** "R.1-a" for outcome `letter` (a character code) of objective R.1. */
export function outcomeId(sector: number, n: number, letter: number): string {
  const key = 3_000_000 + (sector * 100 + n) * 128 + letter;
  return made.get(key) ?? remember(key, `${objectiveId(sector, n)}-${String.fromCharCode(letter)}`);
}

/** "R.1-2" for output 2 of objective R.1. */
export function outputId(sector: number, n: number, output: number): string {
  const key = 20_000_000 + (sector * 100 + n) * 100 + output;
  return made.get(key) ?? remember(key, `${objectiveId(sector, n)}-${output}`);
}
