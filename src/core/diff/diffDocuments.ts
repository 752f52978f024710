import type { ItuDocument } from '../model/index.ts';
import { ClauseMatching, SIMILAR, SIMILAR_ELSEWHERE } from './alignClauses.ts';
import { alignSections } from './alignSections.ts';
import { flattenDocument } from './flattenDocument.ts';
import type { FlatClause, FlatSection } from './flattenDocument.ts';
import { summarize } from './summaryOf.ts';
import type { ClauseChange, DocumentDiff, FrontChange, Hunk, SectionChange } from './types.ts';
import { DEFAULT_LIMITS, wordDiff } from './wordDiff.ts';
import type { WordDiffLimits } from './wordDiff.ts';

/** How much changed text one comparison diffs word by word (2 MB); beyond it, clauses are diffed coarsely. */
const WORD_BUDGET_CHARS = 2_000_000;
/** Limits once the budget is spent: small word diffs still exact, large ones by sentences or whole. */
const COARSE_LIMITS: WordDiffLimits = { maxWordEdits: 40, maxWordTokens: 400, maxChunkEdits: 40, timeoutMs: 20 };

/** A clause as a source of known hunks sees it. */
export interface ClauseText {
  id: string;
  label: string;
  text: string;
}

/**
 * Hunks already known for an aligned pair (read from Word tracked changes), or null to compute
 * them. They are used only if they give back both texts exactly.
 */
export type KnownHunks = (base: ClauseText, proposal: ClauseText) => Hunk[] | null;

export interface DiffOptions {
  /** Bounds on each word diff (defaults suit any input). */
  limits?: WordDiffLimits;
  knownHunks?: KnownHunks;
}

/**
 * Compares a base text with a proposal clause by clause. Sections are paired (by ID, kind, then
 * content), clauses aligned by their text (see ClauseMatching), and each aligned pair diffed word
 * by word. Every clause of both texts appears once: NOC, MOD (same ID, text changed), MOVE (its
 * ID changed: relabelled or moved, `modified` if its text changed too), ADD or SUP. Footnotes and
 * text the parser could not place are compared as pseudo-sections. Always returns, in bounded
 * time, whatever the input.
 */
export function diffDocuments(base: ItuDocument, proposal: ItuDocument, options: DiffOptions = {}): DocumentDiff {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const baseSections = flattenDocument(base);
  const proposalSections = flattenDocument(proposal);
  const baseClauses = baseSections.flatMap((section) => section.clauses);
  const proposalClauses = proposalSections.flatMap((section) => section.clauses);
  const sectionPair = alignSections(baseSections, proposalSections);
  const pairOfProposal = new Int32Array(proposalSections.length).fill(-1);
  sectionPair.forEach((p, b) => {
    if (p !== -1) pairOfProposal[p] = b;
  });

  const matching = new ClauseMatching(baseClauses, proposalClauses);
  const paired = baseSections.filter((section) => sectionPair[section.index] !== -1);
  const counterpart = (section: FlatSection): FlatClause[] => proposalSections[sectionPair[section.index]].clauses;
  for (const section of paired) {
    matching.matchIdentical(section.clauses, counterpart(section));
    matching.matchSimilar(section.clauses, counterpart(section), SIMILAR);
  }
  matching.matchIdentical(baseClauses, proposalClauses);
  matching.matchSimilar(baseClauses, proposalClauses, SIMILAR_ELSEWHERE);
  for (const section of paired) matching.matchGaps(section.clauses, counterpart(section));

  // Text diffed word by word so far: past the budget, the rest of a huge document is diffed coarsely.
  let spent = 0;
  const describe = (b: FlatClause, p: FlatClause): ClauseChange => {
    const known = b.text === p.text ? null : options.knownHunks?.(b, p) ?? null;
    const usable = known !== null && fits(known, b.text, p.text);
    if (!usable && b.text !== p.text) spent += b.text.length + p.text.length;
    const computed = usable ? null : wordDiff(b.text, p.text, spent > WORD_BUDGET_CHARS ? COARSE_LIMITS : limits);
    const sameId = b.rel === p.rel;
    const textChanged = b.text !== p.text;
    const change: ClauseChange = {
      op: !sameId ? 'MOVE' : textChanged || b.label !== p.label ? 'MOD' : 'NOC',
      clause: b.id,
      section: baseSections[b.section].id,
      label: { from: b.label, to: p.label },
      hunks: usable ? known : computed!.hunks,
      modified: textChanged,
      similarity: matching.similarity[b.order],
      toSection: proposalSections[p.section].id,
      depth: p.depth,
      granularity: usable ? 'tracked-changes' : computed!.granularity,
    };
    if (!sameId) change.to = p.id;
    return change;
  };
  const added = (p: FlatClause): ClauseChange => {
    const baseSection = pairOfProposal[p.section];
    return {
      op: 'ADD',
      clause: p.id,
      section: baseSection === -1 ? proposalSections[p.section].id : baseSections[baseSection].id,
      label: { from: null, to: p.label },
      hunks: p.text === '' ? [] : [{ type: 'insert', text: p.text }],
      modified: false,
      similarity: 0,
      toSection: proposalSections[p.section].id,
      depth: p.depth,
      granularity: 'word',
    };
  };
  const suppressed = (b: FlatClause): ClauseChange => ({
    op: 'SUP',
    clause: b.id,
    section: baseSections[b.section].id,
    label: { from: b.label, to: null },
    hunks: b.text === '' ? [] : [{ type: 'delete', text: b.text }],
    modified: false,
    similarity: 0,
    toSection: null,
    depth: b.depth,
    granularity: 'word',
  });

  const changes: ClauseChange[] = [];
  const sections: SectionChange[] = [];
  // Base sections with no counterpart are reported where they stood: before the next paired one.
  let nextBaseSection = 0;
  const flushLoneSections = (upTo: number): void => {
    for (; nextBaseSection < upTo; nextBaseSection++) {
      const section = baseSections[nextBaseSection];
      if (sectionPair[section.index] !== -1) continue;
      sections.push(sectionChange('SUP', section, null));
      for (const b of section.clauses) if (matching.isFree(b, 'base')) changes.push(suppressed(b));
    }
  };
  for (const p of proposalSections) {
    const b = pairOfProposal[p.index];
    const baseSection = b === -1 ? null : baseSections[b];
    if (baseSection) flushLoneSections(baseSection.index);
    sections.push(baseSection ? sectionChange(null, baseSection, p) : sectionChange('ADD', null, p));
    // Suppressed clauses of the paired base section go where they stood, before the next kept one.
    const pending = baseSection ? baseSection.clauses.filter((clause) => matching.isFree(clause, 'base')) : [];
    let nextPending = 0;
    for (const clause of p.clauses) {
      const from = matching.toBase[clause.order];
      if (from === -1) {
        changes.push(added(clause));
        continue;
      }
      const origin = baseClauses[from];
      if (baseSection && origin.section === baseSection.index) {
        while (nextPending < pending.length && pending[nextPending].order < origin.order) changes.push(suppressed(pending[nextPending++]));
      }
      changes.push(describe(origin, clause));
    }
    while (nextPending < pending.length) changes.push(suppressed(pending[nextPending++]));
    if (baseSection) {
      nextBaseSection = Math.max(nextBaseSection, baseSection.index + 1);
      // Removed headings right after this one are reported here, where they stood.
      let end = nextBaseSection;
      while (end < baseSections.length && sectionPair[end] === -1) end++;
      flushLoneSections(end);
    }
  }
  flushLoneSections(baseSections.length);

  return {
    base: base.id,
    proposal: proposal.id,
    changes,
    summary: summarize(changes),
    sections,
    front: frontChanges(base, proposal, limits),
  };
}

/** True when the hunks give back exactly the two texts. */
function fits(hunks: readonly Hunk[], base: string, proposal: string): boolean {
  let b = '';
  let p = '';
  for (const hunk of hunks) {
    if (hunk.type !== 'insert') b += hunk.text;
    if (hunk.type !== 'delete') p += hunk.text;
  }
  return b === base && p === proposal;
}

function sectionChange(op: 'ADD' | 'SUP' | null, base: FlatSection | null, proposal: FlatSection | null): SectionChange {
  const either = (base ?? proposal)!;
  const change: SectionChange = {
    op: op ?? (base!.rel !== proposal!.rel ? 'MOVE' : base!.heading !== proposal!.heading || (base!.title ?? '') !== (proposal!.title ?? '') ? 'MOD' : 'NOC'),
    section: either.id,
    heading: { from: base?.heading ?? null, to: proposal?.heading ?? null },
    part: (proposal ?? base)!.part,
  };
  if (op === null && base!.rel !== proposal!.rel) change.to = proposal!.id;
  if (base?.title !== undefined || proposal?.title !== undefined) change.title = { from: base?.title ?? null, to: proposal?.title ?? null };
  return change;
}

function frontChanges(base: ItuDocument, proposal: ItuDocument, limits: WordDiffLimits): FrontChange[] {
  const out: FrontChange[] = [];
  for (const field of ['titleLine', 'title', 'preamble'] as const) {
    const from = base[field];
    const to = proposal[field];
    if (from === '' && to === '') continue;
    const op = from === to ? 'NOC' : from === '' ? 'ADD' : to === '' ? 'SUP' : 'MOD';
    out.push({ field, op, hunks: wordDiff(from, to, limits).hunks });
  }
  return out;
}
