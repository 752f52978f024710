import { increasingChain } from './increasingChain.ts';

/**
 * Anchors for a coarse diff, as patience diff finds them: the items that occur exactly once in
 * each list, kept where they come in the same order in both (a longest increasing subsequence),
 * then grown over equal neighbours. Linear apart from the O(k log k) subsequence, so it is the
 * step that keeps long texts fast: between two anchors only a small stretch is left to diff.
 * Returns pairs of indexes [inOld, inNew], increasing in both.
 */
export function patienceAnchors(oldItems: readonly string[], newItems: readonly string[]): Array<[number, number]> {
  const counts = new Map<string, { old: number; new: number; oldAt: number; newAt: number }>();
  oldItems.forEach((item, i) => {
    const entry = counts.get(item) ?? { old: 0, new: 0, oldAt: -1, newAt: -1 };
    entry.old++;
    entry.oldAt = i;
    counts.set(item, entry);
  });
  newItems.forEach((item, j) => {
    const entry = counts.get(item);
    if (!entry) return;
    entry.new++;
    entry.newAt = j;
  });
  const unique: Array<[number, number]> = [];
  for (const entry of counts.values()) if (entry.old === 1 && entry.new === 1) unique.push([entry.oldAt, entry.newAt]);
  unique.sort((a, b) => a[0] - b[0]);
  const chain = increasingChain(unique);

  // Grow each anchor over equal neighbours, forwards then backwards, without crossing the next one.
  const grown: Array<[number, number]> = [];
  let lastOld = -1;
  let lastNew = -1;
  chain.forEach(([i, j], k) => {
    const [nextOld, nextNew] = chain[k + 1] ?? [oldItems.length, newItems.length];
    let bi = i;
    let bj = j;
    while (bi - 1 > lastOld && bj - 1 > lastNew && oldItems[bi - 1] === newItems[bj - 1]) {
      bi--;
      bj--;
    }
    for (let b = 0; bi + b < i; b++) grown.push([bi + b, bj + b]);
    let fi = i;
    let fj = j;
    grown.push([fi, fj]);
    while (fi + 1 < nextOld && fj + 1 < nextNew && oldItems[fi + 1] === newItems[fj + 1]) {
      fi++;
      fj++;
      grown.push([fi, fj]);
    }
    lastOld = fi;
    lastNew = fj;
  });
  return grown;
}
