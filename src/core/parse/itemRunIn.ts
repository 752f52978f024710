import type { ClauseTree } from './clauseTree.ts';
import { readLabel } from './labels.ts';

/** Where an item may be run into the text before: after ";" any label; after "." only a number opening a sentence (numbered annex paragraphs). */
const ITEM_RUN_IN = /(?:;\s+(?:and\s+)?(?=(?:\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*|[•·▪◦●])(?:\s+\S|$))|\.\s+(?=\d{1,3}\s+[A-Z]))/g;

/** Where in `text` an item the tree expects next starts, run into the text before it ("...; 2 to ..."); -1 if none. */
export function findItemRunIn(text: string, tree: ClauseTree): number {
  const runIn = ITEM_RUN_IN;
  runIn.lastIndex = 0; // shared: nothing called in the loop uses it
  for (let m = runIn.exec(text); m; m = runIn.exec(text)) {
    const at = m.index + m[0].length;
    const next = readLabel(text.slice(at));
    if (next && tree.expectsAny(next.candidates)) return at;
  }
  return -1;
}
