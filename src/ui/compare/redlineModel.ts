import type { ClauseChange, DocumentDiff, SectionChange } from '../../core/diff/types.ts';
import type { ClauseIndex } from './clauseIndex.ts';
import { citationOf } from './clauseIndex.ts';
import { isSubstantive } from './changeKinds.ts';

/** One clause of a two-way redline. */
export interface RedlineEntry {
  change: ClauseChange;
  /** Position among the changes a reader steps through, or -1 for a clause unchanged or only relabelled. */
  index: number;
  /** How the clause is cited in the proposal ("considering d)"); in the base for SUP and NOC. */
  citation: string;
  /** For a moved or relabelled clause: how it was cited in the base ("considering c)"). */
  was: string | null;
  depth: number;
  /** The element ID of the entry on screen. */
  domId: string;
}

export type RedlineItem =
  | { kind: 'clause'; entry: RedlineEntry }
  /** A run of unchanged (or only relabelled) clauses, folded into one line. */
  | { kind: 'unchanged'; key: string; entries: RedlineEntry[] };

export interface RedlineSection {
  id: string;
  heading: string;
  /** How the comparison saw the heading, when it did (reworded, added, deleted, moved). */
  headingChange: SectionChange | null;
  items: RedlineItem[];
}

export interface RedlineModel {
  sections: RedlineSection[];
  /** The changes a reader steps through, in reading order. */
  changes: RedlineEntry[];
  /** Clauses that only took a new label (c) → d)). */
  relabelled: number;
}

/** The element ID of a change on screen, unique among the app's clause IDs. */
export function redlineDomId(change: ClauseChange): string {
  return `redline:${change.op === 'ADD' ? 'add:' : ''}${change.clause}`;
}

/** The section a change is read in: the proposal's, except for SUP (where it stood in the base). */
function readingSection(change: ClauseChange, proposal: ClauseIndex): string {
  if (change.toSection) return change.toSection;
  if (change.op === 'ADD') return change.section;
  if (change.op === 'MOVE' && change.to) return proposal.clauses.get(change.to)?.section.id ?? change.section;
  return change.section;
}

/**
 * Lays out a two-way comparison by section, in the proposal's reading order. With `collapse`, runs of
 * unchanged or only relabelled clauses become one foldable item each.
 */
export function buildRedline(diff: DocumentDiff, base: ClauseIndex, proposal: ClauseIndex, collapse: boolean): RedlineModel {
  const sections: RedlineSection[] = [];
  const changes: RedlineEntry[] = [];
  let relabelled = 0;
  // Headings as compared, by both their base and proposal IDs.
  const headings = new Map<string, SectionChange>();
  for (const section of diff.sections ?? []) {
    headings.set(section.section, section);
    if (section.to) headings.set(section.to, section);
  }
  for (const change of diff.changes) {
    const inProposal = change.op === 'ADD' ? change.clause : change.op === 'MOVE' ? change.to ?? change.clause : null;
    const entry: RedlineEntry = {
      change,
      index: isSubstantive(change) ? changes.length : -1,
      citation: inProposal ? citationOf(proposal, inProposal) : citationOf(base, change.clause),
      was: change.op === 'MOVE' ? citationOf(base, change.clause) : null,
      depth: change.depth ?? (inProposal ? proposal.clauses.get(inProposal)?.depth : base.clauses.get(change.clause)?.depth) ?? 0,
      domId: redlineDomId(change),
    };
    if (entry.index !== -1) changes.push(entry);
    else if (change.op === 'MOVE') relabelled++;
    const sectionId = readingSection(change, proposal);
    let section = sections.at(-1);
    if (!section || section.id !== sectionId) {
      const compared = headings.get(sectionId) ?? null;
      const heading = compared?.heading.to ?? compared?.heading.from ?? (proposal.sections.get(sectionId) ?? base.sections.get(sectionId))?.heading ?? sectionId;
      section = { id: sectionId, heading, headingChange: compared, items: [] };
      sections.push(section);
    }
    const last = section.items.at(-1);
    if (collapse && entry.index === -1) {
      if (last?.kind === 'unchanged') last.entries.push(entry);
      else section.items.push({ kind: 'unchanged', key: `unchanged:${change.clause}`, entries: [entry] });
    } else {
      section.items.push({ kind: 'clause', entry });
    }
  }
  return { sections, changes, relabelled };
}
