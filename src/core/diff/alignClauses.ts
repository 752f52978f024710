import type { FlatClause } from './flattenDocument.ts';
import { increasingChain } from './increasingChain.ts';
import { profileSimilarity, similarityBound, textProfile } from './similarity.ts';
import type { TextProfile } from './similarity.ts';

/** Clauses at least this alike, in sections that correspond, are one clause (edited, perhaps relabelled). */
export const SIMILAR = 0.5;
/** A clause found in another section must be more alike to count as moved there. */
export const SIMILAR_ELSEWHERE = 0.6;
/** Between two aligned neighbours, a weaker likeness is enough: the position agrees. */
export const SIMILAR_IN_GAP = 0.2;
/** In a gap, the same ID adds this much to a pair's score (it breaks ties, it never beats the text). */
const SAME_ID_BONUS = 0.1;
/** A pair with the same ID and nothing else in common still beats leaving both unpaired. */
const SAME_ID_ONLY = 0.01;
/** Most pairs compared by similarity in one pass; beyond that, only pairs near each other's position. */
const MAX_PAIRS = 20_000;
/** Largest gap aligned pair by pair; larger gaps pair clauses by ID only. */
const MAX_GAP_CELLS = 10_000;

/**
 * Which base clause became which proposal clause. Pairs are made in passes, the surest first:
 * identical text, then similar text, both within corresponding sections; then identical or very
 * similar text anywhere else (a clause moved to another section); last, in each gap between two
 * aligned neighbours, the best order-keeping pairing of what is left. Labels and IDs never decide
 * alone: a new considering c) pushes the old c) to d), and the old c) pairs with d) by its text.
 */
export class ClauseMatching {
  /** Per base clause (by `order`), the proposal clause's `order`, or -1. */
  readonly toProposal: Int32Array;
  /** Per proposal clause, the base clause's `order`, or -1. */
  readonly toBase: Int32Array;
  /** Per base clause, the similarity of its pair. */
  readonly similarity: Float64Array;
  private readonly baseProfiles: Array<TextProfile | undefined>;
  private readonly proposalProfiles: Array<TextProfile | undefined>;

  constructor(
    readonly base: readonly FlatClause[],
    readonly proposal: readonly FlatClause[],
  ) {
    this.toProposal = new Int32Array(base.length).fill(-1);
    this.toBase = new Int32Array(proposal.length).fill(-1);
    this.similarity = new Float64Array(base.length);
    this.baseProfiles = new Array(base.length);
    this.proposalProfiles = new Array(proposal.length);
  }

  pair(b: FlatClause, p: FlatClause, similarity: number): void {
    this.toProposal[b.order] = p.order;
    this.toBase[p.order] = b.order;
    this.similarity[b.order] = similarity;
  }

  isFree(clause: FlatClause, side: 'base' | 'proposal'): boolean {
    return (side === 'base' ? this.toProposal : this.toBase)[clause.order] === -1;
  }

  /** Pairs free clauses with identical (non-empty) text; among several, the one with the same ID, else the first. */
  matchIdentical(base: readonly FlatClause[], proposal: readonly FlatClause[]): void {
    const byText = new Map<string, FlatClause[]>();
    for (const b of base) {
      if (!this.isFree(b, 'base') || b.text.trim() === '') continue;
      const list = byText.get(b.text);
      if (list) list.push(b);
      else byText.set(b.text, [b]);
    }
    for (const p of proposal) {
      if (!this.isFree(p, 'proposal')) continue;
      const list = byText.get(p.text);
      if (!list || list.length === 0) continue;
      const k = Math.max(0, list.findIndex((b) => b.rel === p.rel));
      const [b] = list.splice(k, 1);
      this.pair(b, p, 1);
    }
  }

  /** Pairs free clauses at least `threshold` alike, best pairs first (ties: same ID, then nearest). */
  matchSimilar(base: readonly FlatClause[], proposal: readonly FlatClause[], threshold: number): void {
    const freeBase = base.filter((b) => this.isFree(b, 'base'));
    const freeProposal = proposal.filter((p) => this.isFree(p, 'proposal'));
    if (freeBase.length === 0 || freeProposal.length === 0) return;
    const candidates: Array<{ b: FlatClause; p: FlatClause; similarity: number; distance: number }> = [];
    const ratio = freeProposal.length / freeBase.length;
    const window = freeBase.length * freeProposal.length <= MAX_PAIRS ? Infinity : Math.max(2, Math.floor(MAX_PAIRS / freeBase.length / 2));
    freeBase.forEach((b, rank) => {
      const centre = Math.round(rank * ratio);
      const from = window === Infinity ? 0 : Math.max(0, centre - window);
      const to = window === Infinity ? freeProposal.length : Math.min(freeProposal.length, centre + window + 1);
      const profile = this.profile(b, 'base');
      for (let k = from; k < to; k++) {
        const p = freeProposal[k];
        const other = this.profile(p, 'proposal');
        if (similarityBound(profile, other) < threshold) continue;
        const similarity = profileSimilarity(profile, other);
        if (similarity >= threshold) candidates.push({ b, p, similarity, distance: Math.abs(k - centre) });
      }
    });
    candidates.sort((x, y) => y.similarity - x.similarity || Number(y.b.rel === y.p.rel) - Number(x.b.rel === x.p.rel) || x.distance - y.distance || x.b.order - y.b.order);
    for (const { b, p, similarity } of candidates) if (this.isFree(b, 'base') && this.isFree(p, 'proposal')) this.pair(b, p, similarity);
  }

  /**
   * In corresponding sections, pairs what is left between aligned neighbours: the order-keeping
   * pairing with the highest total likeness (Needleman-Wunsch), where a pair needs SIMILAR_IN_GAP,
   * or the same ID as a last resort (a clause rewritten in place stays the same clause).
   */
  matchGaps(base: readonly FlatClause[], proposal: readonly FlatClause[]): void {
    const inProposal = new Map(proposal.map((p, j) => [p.order, j]));
    const anchors = increasingChain(
      base.flatMap((b, i) => {
        const j = inProposal.get(this.toProposal[b.order]);
        return j === undefined ? [] : [[i, j] as [number, number]];
      }),
    );
    let i0 = 0;
    let j0 = 0;
    for (const [i, j] of [...anchors, [base.length, proposal.length] as [number, number]]) {
      const gapBase = base.slice(i0, i).filter((b) => this.isFree(b, 'base'));
      const gapProposal = proposal.slice(j0, j).filter((p) => this.isFree(p, 'proposal'));
      if (gapBase.length > 0 && gapProposal.length > 0) this.alignGap(gapBase, gapProposal);
      i0 = i + 1;
      j0 = j + 1;
    }
  }

  private alignGap(base: FlatClause[], proposal: FlatClause[]): void {
    if (base.length * proposal.length > MAX_GAP_CELLS) {
      const byRel = new Map(proposal.map((p) => [p.rel, p]));
      for (const b of base) {
        const p = byRel.get(b.rel);
        if (p) this.pair(b, p, this.likeness(b, p));
      }
      return;
    }
    const n = base.length;
    const m = proposal.length;
    const score = (b: FlatClause, p: FlatClause): number => {
      const similarity = this.likeness(b, p);
      const same = b.rel === p.rel;
      if (similarity >= SIMILAR_IN_GAP) return similarity + (same ? SAME_ID_BONUS : 0);
      return same ? SAME_ID_ONLY : -1;
    };
    const scores = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = score(base[i], proposal[j]);
    // best[i][j]: the best total for base[i..] and proposal[j..].
    const best = new Float64Array((n + 1) * (m + 1));
    const at = (i: number, j: number): number => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        const s = scores[i * m + j];
        const take = s > 0 ? s + best[at(i + 1, j + 1)] : -Infinity;
        best[at(i, j)] = Math.max(take, best[at(i + 1, j)], best[at(i, j + 1)]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      const s = scores[i * m + j];
      if (s > 0 && best[at(i, j)] === s + best[at(i + 1, j + 1)]) {
        this.pair(base[i], proposal[j], this.likeness(base[i], proposal[j]));
        i++;
        j++;
      } else if (best[at(i, j)] === best[at(i + 1, j)]) i++;
      else j++;
    }
  }

  private likeness(b: FlatClause, p: FlatClause): number {
    if (b.text === p.text) return 1;
    return profileSimilarity(this.profile(b, 'base'), this.profile(p, 'proposal'));
  }

  private profile(clause: FlatClause, side: 'base' | 'proposal'): TextProfile {
    const cache = side === 'base' ? this.baseProfiles : this.proposalProfiles;
    return (cache[clause.order] ??= textProfile(clause.text));
  }
}
