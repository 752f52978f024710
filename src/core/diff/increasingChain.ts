/**
 * The longest run of pairs whose second index increases, from pairs sorted by their first index
 * (patience sorting, O(k log k)): the pairs that keep their order in both texts.
 */
export function increasingChain(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = previous[k]) out.push([pairs[k][0], pairs[k][1]]);
  return out.reverse();
}
