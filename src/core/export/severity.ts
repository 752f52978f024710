/** Ranking severities. */
import type { Severity } from '../model/index.ts';

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** The more serious of two severities (null when both are unrated). */
export function higherSeverity(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}
