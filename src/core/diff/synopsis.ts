import type { ItuDocument } from '../model/index.ts';
import { flattenDocument } from './flattenDocument.ts';
import { proposalText } from './hunkText.ts';
import { summaryOf } from './summaryOf.ts';
import type { DiffSummary } from './summaryOf.ts';
import type { ClauseChange, DocumentDiff } from './types.ts';

/** One proposal to line up: its ID, proposer and its diff against the base. */
export interface SynopsisInput {
  id: string;
  proposer: string;
  diff: DocumentDiff;
}

/** What one proposal does to a row's clause. */
export interface SynopsisEntry {
  proposal: string;
  proposer: string;
  change: ClauseChange;
}

/** A base clause, or a clause one or more proposals add, and what each proposal does to it. */
export interface SynopsisRow {
  /** The base clause ID; for an added clause, its ID in the (first) proposal that adds it. */
  clause: string;
  added: boolean;
  label: string;
  /** The base text; for an added clause, the added text. */
  text: string;
  depth: number;
  /** Proposals that change the clause (any op but NOC), in the order given. */
  changes: SynopsisEntry[];
  /** IDs of proposals that leave it as it is. */
  unchanged: string[];
  /**
   * Two or more proposals change the clause in different ways: different resulting text, or one
   * suppresses what another amends. A label that only follows from an insertion elsewhere (c)
   * becoming d)) is not a change of substance and never makes a conflict.
   */
  conflict: boolean;
}

export interface SynopsisSection {
  /** The base section ID; for a section only proposals have, the first such proposal's. */
  section: string;
  heading: string;
  /** A section no base text has. */
  added: boolean;
  rows: SynopsisRow[];
}

export interface Synopsis {
  base: string;
  proposals: Array<{ id: string; proposer: string; summary: DiffSummary }>;
  sections: SynopsisSection[];
  /** Rows some proposal changes. */
  changedRows: number;
  /** Rows with conflicting changes. */
  conflicts: number;
}

/**
 * One base text and N proposals, clause by clause: a row per base clause in reading order (the
 * footnotes and placed-aside text too), each listing the proposals that change it and how; a
 * clause a proposal adds gets a row after the base clause it follows in that proposal (one row
 * for identical additions by several proposals at the same place).
 */
export function synopsis(base: ItuDocument, proposals: readonly SynopsisInput[]): Synopsis {
  const flat = flattenDocument(base);
  const sections: SynopsisSection[] = [];
  const rowsByClause = new Map<string, SynopsisRow>();
  const sectionByBase = new Map<string, SynopsisSection>();
  // Rows added after a base clause ('' = at the start of the section), keyed `section\u0000clause`.
  const additions = new Map<string, SynopsisRow[]>();
  for (const section of flat) {
    const out: SynopsisSection = { section: section.id, heading: section.heading, added: false, rows: [] };
    sections.push(out);
    sectionByBase.set(section.id, out);
    for (const clause of section.clauses) {
      const row: SynopsisRow = { clause: clause.id, added: false, label: clause.label, text: clause.text, depth: clause.depth, changes: [], unchanged: [], conflict: false };
      rowsByClause.set(clause.id, row);
    }
  }
  const addedSections = new Map<string, SynopsisSection>();

  for (const input of proposals) {
    const { diff } = input;
    // Proposal section → base section, for the sections the diff paired.
    const toBase = new Map<string, string>();
    for (const change of diff.sections ?? []) if (change.op !== 'ADD' && change.op !== 'SUP') toBase.set(change.to ?? change.section, change.section);
    const lastInSection = new Map<string, string>();
    for (const change of diff.changes) {
      const entry: SynopsisEntry = { proposal: input.id, proposer: input.proposer, change };
      if (change.op !== 'ADD') {
        const row = rowsByClause.get(change.clause);
        if (!row) continue;
        if (change.op === 'NOC') row.unchanged.push(input.id);
        else row.changes.push(entry);
        lastInSection.set(change.section, change.clause);
        continue;
      }
      const home = change.toSection ?? change.section;
      const baseSection = toBase.get(home) ?? (sectionByBase.has(change.section) && !diff.sections ? change.section : undefined);
      const text = proposalText(change.hunks);
      if (baseSection === undefined) {
        let section = addedSections.get(home);
        if (!section) {
          const heading = diff.sections?.find((s) => s.section === home)?.heading.to ?? home;
          section = { section: home, heading, added: true, rows: [] };
          addedSections.set(home, section);
        }
        section.rows.push(addedRow(change, text, entry));
        continue;
      }
      const key = `${baseSection}\u0000${lastInSection.get(baseSection) ?? ''}`;
      const list = additions.get(key) ?? [];
      const same = list.find((row) => row.text === text && row.label === (change.label.to ?? ''));
      if (same) same.changes.push(entry);
      else list.push(addedRow(change, text, entry));
      additions.set(key, list);
    }
  }

  flat.forEach((source, i) => {
    const section = sections[i];
    const rows: SynopsisRow[] = [...(additions.get(`${section.section}\u0000`) ?? [])];
    for (const clause of source.clauses) {
      const row = rowsByClause.get(clause.id)!;
      row.conflict = isConflict(row.changes);
      rows.push(row, ...(additions.get(`${section.section}\u0000${clause.id}`) ?? []));
    }
    section.rows = rows;
  });
  const all = [...sections, ...addedSections.values()];
  const rows = all.flatMap((section) => section.rows);
  return {
    base: base.id,
    proposals: proposals.map((p) => ({ id: p.id, proposer: p.proposer, summary: summaryOf(p.diff) })),
    sections: all,
    changedRows: rows.filter((row) => row.changes.length > 0).length,
    conflicts: rows.filter((row) => row.conflict).length,
  };
}

function addedRow(change: ClauseChange, text: string, entry: SynopsisEntry): SynopsisRow {
  return { clause: change.clause, added: true, label: change.label.to ?? '', text, depth: change.depth ?? 0, changes: [entry], unchanged: [], conflict: false };
}

/** Distinct outcomes among the changes of substance. */
function isConflict(entries: readonly SynopsisEntry[]): boolean {
  const outcomes = new Set<string>();
  for (const { change } of entries) {
    const stays = !change.toSection || withoutDocument(change.toSection) === withoutDocument(change.section);
    const relabelOnly = change.op === 'MOVE' && !change.modified && stays;
    if (relabelOnly) continue;
    const movedTo = stays ? '' : withoutDocument(change.toSection!);
    outcomes.add(change.op === 'SUP' ? 'SUP' : `${movedTo}\u0000${proposalText(change.hunks).replace(/\s+/g, ' ').trim()}`);
  }
  return outcomes.size > 1;
}

/** `res130/resolves` → `resolves`: proposals parsed from different copies compare alike. */
const withoutDocument = (id: string): string => id.slice(id.indexOf('/') + 1);
