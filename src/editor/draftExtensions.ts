import { getSchema } from '@tiptap/core';
import type { AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Clause } from './Clause.ts';
import { DraftDocument } from './DraftDocument.ts';
import { DraftHeader } from './DraftHeader.ts';
import { DraftSection } from './DraftSection.ts';
import { SectionHeading } from './SectionHeading.ts';

/**
 * The content extensions of a draft: the ITU structure (header lines, sections with headings,
 * clauses carrying their IDs) plus paragraphs, text, bold and italic. Lists, code, headings and
 * the like do not belong in a resolution and are left out; undo comes from Collaboration, whose
 * undo only takes back one's own changes.
 */
export function draftExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      hardBreak: false,
      link: false,
      strike: false,
      underline: false,
      undoRedo: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
    }),
    DraftDocument,
    DraftHeader,
    DraftSection,
    SectionHeading,
    Clause,
  ];
}

/** The ProseMirror schema of drafts, for converting without an editor. */
export function draftSchema(): Schema {
  return getSchema(draftExtensions());
}
