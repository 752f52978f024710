/** SDG target references in running text: "SDG target 9.c", "SDG targets 4.4, 5.b and 9.c", "SDGs 17.6/17.8". */
import { isSdgTarget } from '../../taxonomy/index.ts';

/** "9.c", "17.8"; indicators such as "9.c.1" are not targets. */
const TARGET_ID = /(?<![\w.])(\d{1,2}\.(?:\d{1,2}|[a-zA-Z]))(?![\w]|\.\w)/g;
const INTRO = /\b(?:SDGs?|Sustainable\s+Development\s+Goals?)\b/gi;
const ANY_INTRO = new RegExp(INTRO.source, 'i');
/** The list that follows an introduction: words, IDs, goal numbers, separators. Sticky: read where an introduction ends. */
const LIST = /(?:\s*(?:targets?|indicators?|nos?\.|and|or|&|,|\/|\(|\)|\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]))*))+/iy;

const NO_OPTIONS: { anyId?: boolean } = {};
/** What a text naming no SDG gives: one shared empty list, never changed (callers only read it). */
const NONE: readonly string[] = [];

/** Adds the target IDs of `text` to `found`, lower-cased. (Loops over shared regexes: nothing in them uses the regexes.) */
function addIds(text: string, found: string[]): void {
  TARGET_ID.lastIndex = 0;
  for (let m = TARGET_ID.exec(text); m; m = TARGET_ID.exec(text)) found.push(m[1].toLowerCase());
}

/**
 * Valid SDG target IDs, in order of appearance, without repeats. By default only IDs in a list right
 * after "SDG" / "Sustainable Development Goal(s)" count, so that the plan's own "Target 1.1" is not
 * read as SDG target 1.1. With `anyId` (a row of a goals-to-SDGs table) every ID counts unless the
 * row names the SDGs, in which case the rule above applies. Unknown IDs ("9.z", "18.1") are left out.
 */
export function sdgReferences(text: string, options: { anyId?: boolean } = NO_OPTIONS): readonly string[] {
  // Most goal and target texts name no SDG: one test, and nothing built.
  const named = ANY_INTRO.test(text);
  if (!named && !options.anyId) return NONE;
  const found: string[] = [];
  if (!named) addIds(text, found);
  else {
    INTRO.lastIndex = 0;
    for (let intro = INTRO.exec(text); intro; intro = INTRO.exec(text)) {
      // The IDs are read in the list alone, as their look-arounds must not see the text around it.
      LIST.lastIndex = intro.index + intro[0].length;
      const list = LIST.exec(text);
      if (list) addIds(list[0], found);
    }
  }
  // Known IDs, first occurrences in order (as [...new Set(found.filter(isSdgTarget))], without the Set: lists are short).
  const out: string[] = [];
  for (const id of found) if (isSdgTarget(id) && !out.includes(id)) out.push(id);
  return out;
}
