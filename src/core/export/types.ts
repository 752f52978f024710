/**
 * The risk summary: what a team's annotations say about a set of texts and the proposals against
 * them, arranged for an advocacy brief. Built by buildSummary (pure, deterministic: the same input
 * gives the same summary, and every format the same bytes); written out by the formatters
 * (Markdown, CSV, JSON-LD, DOCX). Plain data, JSON-safe.
 */
import type { AnchorState } from '../anchoring/index.ts';
import type { ChangeOp, Hunk } from '../diff/index.ts';
import type { Annotation, AnnotationKind, AnnotationStatus, ItuDocument, Proposal, ProposalStatus, Severity } from '../model/index.ts';
import type { Taxonomy } from '../taxonomy/index.ts';

/** Everything a summary is built from: a workspace's texts, proposals and annotations. */
export interface SummaryInput {
  /** The workspace's name, shown in titles ("demo"). */
  workspace: string;
  /** The library texts (base texts). */
  documents: readonly ItuDocument[];
  /** Proposals against them, each with its team-set status. */
  proposals: readonly Proposal[];
  annotations: readonly Annotation[];
  /** Category names and the workspace's own categories; DEFAULT_TAXONOMY when absent. */
  taxonomy?: Taxonomy;
  /**
   * When the summary is made (ISO 8601), printed in the outputs. Absent → no date is printed, so
   * that the same input gives the same bytes (tests, reproducible briefs).
   */
  generated?: string;
}

/**
 * Which annotations a summary covers. Every field is optional; an absent or empty list means "any".
 * Within a field the values are alternatives (OR); across fields they must all hold (AND).
 */
export interface SummaryFilters {
  /** Risk category IDs: an annotation matches when it carries one of them. */
  categories?: string[];
  /** SDG target IDs (`9.c`) or whole goals (`9`): matches an annotation tagged with one of them. */
  sdgTargets?: string[];
  severities?: Severity[];
  statuses?: AnnotationStatus[];
  kinds?: AnnotationKind[];
  /** Document IDs (`res130`). */
  documents?: string[];
  /**
   * Proposers, as written (`EUR`) or one symbol of a joint proposal (`CAN` matches `B/CAN/CLM/USA`):
   * matches an annotation on a clause that one of their proposals changes; restricts the
   * proposals shown and the matrix columns too.
   */
  proposers?: string[];
  /** Conference of the base text's revision (`Dubai, 2018`, matched case-insensitively as a substring of the revision). */
  conferences?: string[];
}

/** What one proposal does to an annotated clause. */
export interface ProposalEffect {
  /** Proposal ID: `EUR/44A7/1`. */
  proposal: string;
  /** As written: `B/CAN/CLM/USA`. */
  proposer: string;
  proposers: string[];
  status: ProposalStatus;
  /** MOD / SUP / MOVE / NOC (an ADD never targets a base clause). */
  op: ChangeOp;
  /** For MOVE: the clause's ID in the proposal. */
  to: string | null;
  /** For MOVE: its label in the proposal ("d)"). */
  toLabel: string | null;
  /** True when the words changed (MOD, SUP, MOVE with modified). */
  altersText: boolean;
  /** The word diff of the clause text; a single equal hunk for NOC. */
  hunks: Hunk[];
}

/** The team's thread on an annotation, shortened for a brief. */
export interface ThreadSummary {
  replies: number;
  /** Everyone who took part (author of the annotation first, then repliers in order of first reply). */
  participants: string[];
  /** The newest reply, cut to 200 characters with "…", or null without replies. */
  latest: { author: string; text: string; created: string } | null;
}

/** What an entry copies from its annotation as it is: ID, kind, tags, severity, status, people, dates, note. */
export type EntryFields = Pick<Annotation, 'id' | 'kind' | 'categories' | 'sdgTargets' | 'planTargets' | 'severity' | 'status' | 'assignee' | 'author' | 'created' | 'modified' | 'note'>;

/** One annotation, with the clause it is on and what the proposals do to that clause. */
export interface SummaryEntry extends EntryFields {
  thread: ThreadSummary;
  /** The base text's ID and how a brief names it: `res130`, "Resolution 130 (Rev. Dubai, 2018)". */
  document: { id: string; name: string; revision: string };
  /** The clause the annotation is on now (after anchoring on the current base text), or the stored one for an orphan. */
  clause: string;
  /** Its label ("3", "a)") and citation ("resolves 3"); '' when the clause is not in the text. */
  label: string;
  citation: string;
  /** The clause's full text in the base (label excluded), '' for an orphan. */
  baseText: string;
  /** The quoted words, or null for a whole-clause annotation. */
  quote: string | null;
  /** Where the anchor stands on the current base text, and why ("unchanged", "was considering c)"). */
  anchor: { state: AnchorState; reason: string };
  /** What each proposal against this text does to the clause, in proposal ID order. */
  effects: ProposalEffect[];
  /** Everyone proposing to alter this clause (sorted, unique symbols). */
  proposers: string[];
  /**
   * The annotation as stored (target with prefix, suffix, position and citation; every reply), so
   * that the JSON-LD export gives back exactly what was annotated. Optional: without it, JSON-LD
   * writes what the entry itself holds (the quote without its context, the latest reply only).
   */
  annotation?: Annotation;
}

/** A resolution's entries within a group. */
export interface DocumentGroup {
  document: { id: string; name: string; revision: string };
  /** In the text's reading order of their clauses, then by annotation creation time, then ID. */
  entries: SummaryEntry[];
}

/** Risk annotations of one category (an annotation with two categories appears under both). */
export interface CategoryGroup {
  category: string;
  /** Its display name ("IoT / Digital Object Architecture"); the ID for an unknown category. */
  name: string;
  /** Highest severity among its entries, or null when none is rated. */
  highestSeverity: Severity | null;
  documents: DocumentGroup[];
}

/** Opportunity annotations for one SDG target or Strategic Plan goal / target. */
export interface OpportunityGroup {
  /** `9.c`, or a plan clause ID (`sp-2024-2027/target/1.1`). */
  target: string;
  /** "SDG 9.c — …" or the plan target's name; the ID when unknown. */
  name: string;
  documents: DocumentGroup[];
}

/** One cell of the issues matrix: what one proposer proposes for one resolution. */
export interface MatrixCell {
  /** How many clauses of each op the proposer's proposals make (NOC left out); absent ops are 0. */
  ops: Partial<Record<ChangeOp, number>>;
  /** Highest severity of the risk annotations on the clauses they alter, or null. */
  highestSeverity: Severity | null;
  /** The proposals behind the cell, by ID. */
  proposals: string[];
}

/** The coalition "issues matrix": one row per resolution, one column per proposer. */
export interface IssuesMatrix {
  /** Column heads: proposers as written, sorted. */
  proposers: string[];
  rows: Array<{
    document: { id: string; name: string; revision: string };
    /** Keyed by proposer as written; absent when that proposer has no proposal on the text. */
    cells: Record<string, MatrixCell>;
  }>;
}

/** Counts for the head of a brief and the dashboard. */
export interface SummaryTotals {
  annotations: number;
  byKind: Record<AnnotationKind, number>;
  bySeverity: Record<Severity | 'unrated', number>;
  byStatus: Record<AnnotationStatus, number>;
  byAnchor: Record<AnchorState, number>;
}

export interface RiskSummary {
  workspace: string;
  generated: string | null;
  /** The filters applied, normalised (sorted, without empty lists). */
  filters: SummaryFilters;
  totals: SummaryTotals;
  /** By risk category (in taxonomy order, then workspace categories), then resolution, then clause. */
  risks: CategoryGroup[];
  /** By SDG target (in SDG order), then plan targets. */
  opportunities: OpportunityGroup[];
  /** Annotations of kind `note`, by resolution. */
  notes: DocumentGroup[];
  matrix: IssuesMatrix;
  /** Every matching annotation once, in document then clause order: the rows of the CSV. */
  entries: SummaryEntry[];
}

/** The formats a summary is written in. */
export type ExportFormat = 'md' | 'csv' | 'jsonld' | 'docx';

/** A cell of the dashboard's heatmap: one resolution × one risk category. */
export interface HeatCell {
  /** Risk annotations of that category on that text. */
  count: number;
  highestSeverity: Severity | null;
}

/** What the dashboard draws, computed from the same input and filters as a summary. */
export interface Dashboard {
  /** Rows: every library text (resolution) with at least one annotation or proposal; columns: risk categories. */
  heatmap: {
    categories: Array<{ id: string; name: string }>;
    rows: Array<{ document: { id: string; name: string; revision: string }; cells: Record<string, HeatCell> }>;
  };
  /**
   * Review progress: clauses of the annotated texts, how many carry at least one annotation
   * (`annotated`), and how many of those have every annotation agreed or resolved (`reviewed`).
   */
  review: { clauses: number; annotated: number; reviewed: number; byStatus: Record<AnnotationStatus, number> };
  /** Proposals by proposer (as written, sorted): how many, and clauses by op (NOC left out). */
  proposals: Array<{ proposer: string; proposals: number; ops: Partial<Record<ChangeOp, number>> }>;
}
