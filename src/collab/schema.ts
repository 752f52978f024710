/**
 * The workspace document: one Y.Doc per workspace, whose top-level shared types are the roots in
 * roots.ts, every one a Y.Map. The record shapes below are the public contract described in
 * docs/schema.md. Values arrive from other clients, so readers validate them (see library.ts,
 * proposals.ts, drafts.ts) and skip what they cannot read instead of trusting the types here.
 */
import * as Y from 'yjs';
import type { ItuDocument } from '../core/model/index.ts';
import { ROOTS } from './roots.ts';

/** How a text came into the workspace: the server's sample library, or a teammate's import. */
export type LibraryOrigin = 'sample' | 'import';

/** A value of the `library` map, keyed by the document's ID. Replaced whole, never edited in place. */
export interface LibraryEntry {
  document: ItuDocument;
  origin: LibraryOrigin;
  /** Display name of whoever added it ("" when unknown). */
  addedBy: string;
  /** ISO 8601 time it was added. */
  addedAt: string;
}

/** A value of the `draftMeta` map, keyed by the draft's ID; the text itself is `drafts[id]`. */
export interface DraftMeta {
  id: string;
  /** As the team names it: "Counter-proposal to Resolution 130". */
  title: string;
  /** The official text the draft started from, or null for a draft started blank. */
  base: { documentId: string; revision: string } | null;
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
}

/** The `settings` map. Every key is optional; unknown keys are kept and ignored. */
export interface WorkspaceSettings {
  /** A display name for the workspace ("PP-26 preparations"); the URL's workspace name otherwise. */
  name?: string;
  /** When the sample library was first put into the workspace (ISO 8601); never seeded again after. */
  librarySeededAt?: string;
}

/** The six roots of a workspace document. */
export interface WorkspaceRoots {
  /** documentId → LibraryEntry (plain JSON). */
  library: Y.Map<unknown>;
  /** proposalId → Y.Map of ProposalFields (see proposals.ts). */
  proposals: Y.Map<unknown>;
  /** annotationId → Y.Map; filled by the annotation work (see docs/schema.md). */
  annotations: Y.Map<unknown>;
  /** draftId → Y.XmlFragment, the ProseMirror document Tiptap edits. */
  drafts: Y.Map<unknown>;
  /** draftId → DraftMeta (plain JSON). */
  draftMeta: Y.Map<unknown>;
  /** WorkspaceSettings, one key per setting. */
  settings: Y.Map<unknown>;
}

/** The roots of a workspace document, each created on first use. */
export function workspaceRoots(doc: Y.Doc): WorkspaceRoots {
  return {
    library: doc.getMap(ROOTS.library),
    proposals: doc.getMap(ROOTS.proposals),
    annotations: doc.getMap(ROOTS.annotations),
    drafts: doc.getMap(ROOTS.drafts),
    draftMeta: doc.getMap(ROOTS.draftMeta),
    settings: doc.getMap(ROOTS.settings),
  };
}

/** A deep copy as plain JSON: no undefined, no class instances, nothing shared with the caller. */
export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The current time as ISO 8601; a parameter everywhere so that tests can fix it. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A stored value that could not be read, and why (in plain words). Readers skip it and report it. */
export interface ReadProblem {
  key: string;
  reason: string;
}
