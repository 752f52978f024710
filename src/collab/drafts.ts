/**
 * The `drafts` and `draftMeta` roots: the team's own drafts (counter-proposals). Each draft is a
 * Y.XmlFragment in `drafts`, which Tiptap edits through y-prosemirror, and a DraftMeta record in
 * `draftMeta` under the same ID.
 */
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { originFor } from './origins.ts';
import { nowIso, plainJson, workspaceRoots } from './schema.ts';
import type { DraftMeta } from './schema.ts';

/** A new draft ID: random, so that two people starting drafts at once never collide. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `draft-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A stored draftMeta value read back, or null when it is not one. */
export function draftMetaFromYjs(key: string, value: unknown): DraftMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  if (fields.id !== key || typeof fields.title !== 'string') return null;
  const base = fields.base as { documentId?: unknown; revision?: unknown } | null | undefined;
  return {
    id: key,
    title: fields.title,
    base: base && typeof base.documentId === 'string' ? { documentId: base.documentId, revision: typeof base.revision === 'string' ? base.revision : '' } : null,
    createdBy: typeof fields.createdBy === 'string' ? fields.createdBy : '',
    createdAt: typeof fields.createdAt === 'string' ? fields.createdAt : '',
  };
}

/** The workspace's drafts that have both their record and their text, oldest first. */
export function readDrafts(doc: Y.Doc): DraftMeta[] {
  const { drafts, draftMeta } = workspaceRoots(doc);
  const out: DraftMeta[] = [];
  draftMeta.forEach((value, key) => {
    const meta = draftMetaFromYjs(key, value);
    if (meta && drafts.get(key) instanceof Y.XmlFragment) out.push(meta);
  });
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The text of a draft, for the editor; null when the workspace has no such draft. */
export function draftFragment(doc: Y.Doc, draftId: string): Y.XmlFragment | null {
  const fragment = workspaceRoots(doc).drafts.get(draftId);
  return fragment instanceof Y.XmlFragment ? fragment : null;
}

/**
 * Creates a draft in one transaction: its record and its text, filled from `content` (a
 * ProseMirror document in the draft schema, e.g. a copy of an official text) or left empty.
 * Filling it here, once, means no editor ever has to fill an empty draft (two would do it twice).
 */
export function createDraft(
  doc: Y.Doc,
  draft: { id?: string; title: string; base: DraftMeta['base']; createdBy: string; createdAt?: string },
  content: ProseMirrorNode | null,
): DraftMeta {
  const meta: DraftMeta = {
    id: draft.id ?? newDraftId(),
    title: draft.title,
    base: draft.base,
    createdBy: draft.createdBy,
    createdAt: draft.createdAt ?? nowIso(),
  };
  const { drafts, draftMeta } = workspaceRoots(doc);
  if (drafts.has(meta.id) || draftMeta.has(meta.id)) throw new Error(`createDraft: the workspace already has a draft ${meta.id}`);
  doc.transact(() => {
    const fragment = new Y.XmlFragment();
    drafts.set(meta.id, fragment);
    if (content) prosemirrorToYXmlFragment(content, fragment);
    draftMeta.set(meta.id, plainJson(meta));
  }, originFor('draft-create', draft.createdBy));
  return meta;
}

/** Renames a draft; false when there is no such draft. */
export function renameDraft(doc: Y.Doc, draftId: string, title: string, by: string): boolean {
  const { draftMeta } = workspaceRoots(doc);
  const meta = draftMetaFromYjs(draftId, draftMeta.get(draftId));
  if (!meta) return false;
  doc.transact(() => draftMeta.set(draftId, plainJson({ ...meta, title })), originFor('draft-rename', by));
  return true;
}

/** Deletes a draft, its record and its text; false when there is no such draft. */
export function deleteDraft(doc: Y.Doc, draftId: string, by: string): boolean {
  const { drafts, draftMeta } = workspaceRoots(doc);
  if (!drafts.has(draftId) && !draftMeta.has(draftId)) return false;
  doc.transact(() => {
    drafts.delete(draftId);
    draftMeta.delete(draftId);
  }, originFor('draft-delete', by));
  return true;
}

/** A draft's text as ProseMirror JSON (for converting it back to a document); null when there is no such draft. */
export function draftContent(doc: Y.Doc, draftId: string): JSONContent | null {
  const fragment = draftFragment(doc, draftId);
  return fragment ? (yXmlFragmentToProsemirrorJSON(fragment) as JSONContent) : null;
}

/** Calls `listener` when drafts are added, renamed or deleted (not on every keystroke inside one). */
export function observeDrafts(doc: Y.Doc, listener: () => void): () => void {
  const { drafts, draftMeta } = workspaceRoots(doc);
  const observer = (): void => listener();
  drafts.observe(observer);
  draftMeta.observe(observer);
  return () => {
    drafts.unobserve(observer);
    draftMeta.unobserve(observer);
  };
}
