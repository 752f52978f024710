/** Everything an annotation can be tagged with, as one list a keyboard-first picker filters as you type. */
import type { Taxonomy } from './taxonomy.ts';

/** One tag the picker offers. */
export interface TagOption {
  /** Which annotation field it fills: categories, sdgTargets or planTargets. */
  type: 'category' | 'sdg' | 'plan';
  /** The value stored: `cybersecurity`, `9.c`, `sp-2024-2027/target/1.1`. */
  id: string;
  /** What the picker shows: "Cybersecurity", "SDG 9.c", "Target 1.1 (2024-2027)". */
  label: string;
  description: string;
}

/** The taxonomy's tags in picker order: categories, SDG targets (goal by goal), then plan goals and targets. */
export function tagOptions(taxonomy: Taxonomy): TagOption[] {
  const out: TagOption[] = taxonomy.categories.map((c) => ({ type: 'category', id: c.id, label: c.label, description: c.description }));
  for (const goal of taxonomy.sdgs) {
    for (const t of goal.targets) out.push({ type: 'sdg', id: t.id, label: `SDG ${t.id}`, description: `${goal.name}: ${t.description}` });
  }
  for (const plan of taxonomy.plans) {
    for (const item of plan.items) out.push({ type: 'plan', id: item.id, label: `${item.label} (${plan.period})`, description: item.description });
  }
  return out;
}

/** How well an option fits the query: lower is better; null when it does not fit. */
function rank(option: TagOption, words: readonly string[]): number | null {
  const label = option.label.toLowerCase();
  const haystack = `${label} ${option.id.toLowerCase()} ${option.description.toLowerCase()}`;
  let score = 0;
  for (const word of words) {
    const at = haystack.indexOf(word);
    if (at === -1) return null;
    // A word that starts the label or the ID beats one that starts a later word, which beats one inside a word.
    if (label.startsWith(word) || option.id.toLowerCase().startsWith(word)) continue;
    score += at === 0 || /[\s(:/.-]/.test(haystack[at - 1]) ? 1 : 2;
  }
  return score;
}

/**
 * The options that contain every word of the query (case-insensitive), best first: words at the
 * start of the label or ID first, then at the start of a word, then inside one; ties keep picker
 * order. "sdg 9" finds the targets of goal 9; "cyber" finds Cybersecurity; an empty query lists all.
 */
export function filterTagOptions(options: readonly TagOption[], query: string): TagOption[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...options];
  const ranked: Array<{ option: TagOption; score: number; index: number }> = [];
  options.forEach((option, index) => {
    const score = rank(option, words);
    if (score !== null) ranked.push({ option, score, index });
  });
  return ranked.sort((a, b) => a.score - b.score || a.index - b.index).map((r) => r.option);
}
