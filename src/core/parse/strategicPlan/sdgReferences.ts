/** SDG target references in running text: "SDG target 9.c", "SDG targets 4.4, 5.b and 9.c", "SDGs 17.6/17.8". */
import { isSdgTarget } from '../../taxonomy/index.ts';

/** "9.c", "17.8"; indicators such as "9.c.1" are not targets. */
const TARGET_ID = /(?<![\w.])(\d{1,2}\.(?:\d{1,2}|[a-zA-Z]))(?![\w]|\.\w)/g;
const INTRO = /\b(?:SDGs?|Sustainable\s+Development\s+Goals?)\b/gi;
/** The list that follows an introduction: words, IDs, goal numbers, separators. */
const LIST = /^(?:\s*(?:targets?|indicators?|nos?\.|and|or|&|,|\/|\(|\)|\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]))*))+/i;

function ids(text: string): string[] {
  return [...text.matchAll(TARGET_ID)].map((m) => m[1].toLowerCase());
}

/**
 * Valid SDG target IDs, in order of appearance, without repeats. By default only IDs in a list right
 * after "SDG" / "Sustainable Development Goal(s)" count, so that the plan's own "Target 1.1" is not
 * read as SDG target 1.1. With `anyId` (a row of a goals-to-SDGs table) every ID counts unless the
 * row names the SDGs, in which case the rule above applies. Unknown IDs ("9.z", "18.1") are left out.
 */
export function sdgReferences(text: string, options: { anyId?: boolean } = {}): string[] {
  const found: string[] = [];
  const intros = [...text.matchAll(INTRO)];
  if (intros.length === 0 && options.anyId) found.push(...ids(text));
  for (const intro of intros) {
    const after = text.slice((intro.index ?? 0) + intro[0].length);
    found.push(...ids(LIST.exec(after)?.[0] ?? ''));
  }
  return [...new Set(found.filter(isSdgTarget))];
}
