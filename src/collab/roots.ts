/**
 * The top-level shared types of a workspace's Y.Doc (one Yjs document per workspace; see
 * docs/schema.md). The server reads this list to enforce roles: viewers write nothing,
 * commenters write only the roots in COMMENTER_WRITABLE_ROOTS, editors write everything.
 */
export const ROOTS = {
  /** Official texts, stored once, read-only in the UI: Y.Map<documentId, {document, origin, addedBy, addedAt}> (docs/schema.md). */
  library: 'library',
  /** Amendment proposals against library texts, with their editable status. */
  proposals: 'proposals',
  /** The team's annotations on clauses (risks, opportunities, notes) and their threads. */
  annotations: 'annotations',
  /** The team's own drafts (counter-proposals), edited in Tiptap: Y.Map<draftId, Y.XmlFragment> and their metadata. */
  drafts: 'drafts',
  draftMeta: 'draftMeta',
  /** Workspace settings (name, custom risk categories, ...). */
  settings: 'settings',
} as const;

export type RootName = (typeof ROOTS)[keyof typeof ROOTS];

/** Roots a commenter may change: annotating is all a commenter does. */
export const COMMENTER_WRITABLE_ROOTS: ReadonlySet<RootName> = new Set([ROOTS.annotations]);
