import type { FlatSection } from './flattenDocument.ts';
import { profileSimilarity, textProfile } from './similarity.ts';

/** Two sections whose clauses hold mostly the same text are the same section, renamed. */
const SAME_CONTENT = 0.5;
/** Most pairs of unpaired sections compared by content. */
const MAX_CONTENT_PAIRS = 2500;

/**
 * Pairs base and proposal sections: by ID first ("further resolves" and "resolves further" share
 * one), then a repeated heading by its kind in order, then a renamed heading by its content.
 * Returns, per base section index, the proposal section index or -1.
 */
export function alignSections(base: readonly FlatSection[], proposal: readonly FlatSection[]): Int32Array {
  const pairOf = new Int32Array(base.length).fill(-1);
  const taken = new Uint8Array(proposal.length);
  const pair = (b: number, p: number): void => {
    pairOf[b] = p;
    taken[p] = 1;
  };
  const byRel = new Map(proposal.map((section) => [section.rel, section.index]));
  for (const section of base) {
    const p = byRel.get(section.rel);
    if (p !== undefined && !taken[p]) pair(section.index, p);
  }
  for (const section of base) {
    if (pairOf[section.index] !== -1) continue;
    const p = proposal.find((other) => !taken[other.index] && other.kind === section.kind && other.part === section.part);
    if (p) pair(section.index, p.index);
  }
  const loneBase = base.filter((section) => pairOf[section.index] === -1);
  const loneProposal = proposal.filter((section) => !taken[section.index]);
  // Content pairing is quadratic in the lone sections; a text with thousands of them skips it.
  if (loneBase.length * loneProposal.length > MAX_CONTENT_PAIRS || loneBase.length === 0 || loneProposal.length === 0) return pairOf;
  const content = (section: FlatSection) => textProfile(section.clauses.map((clause) => clause.text).join(' '));
  const profiles = new Map(loneProposal.map((section) => [section.index, content(section)]));
  const candidates: Array<{ b: number; p: number; similarity: number }> = [];
  for (const b of loneBase) {
    const profile = content(b);
    for (const p of loneProposal) {
      if (p.part !== b.part) continue;
      const similarity = profileSimilarity(profile, profiles.get(p.index)!);
      if (similarity >= SAME_CONTENT) candidates.push({ b: b.index, p: p.index, similarity });
    }
  }
  candidates.sort((x, y) => y.similarity - x.similarity || x.b - y.b || x.p - y.p);
  for (const { b, p } of candidates) if (pairOf[b] === -1 && !taken[p]) pair(b, p);
  return pairOf;
}
