import type { ItuDocument } from '../../core/model/index.ts';
import { allClauses } from '../../core/model/index.ts';
import type { TextMatcher } from '../common/index.ts';
import { hashFor } from '../routing/index.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { Footnotes } from './Footnotes.tsx';
import { SectionView } from './SectionView.tsx';
import { UnparsedBlocks, unparsedId } from './UnparsedBlocks.tsx';

/** Footnote number → first clause citing it. */
function firstCitations(doc: ItuDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const clause of allClauses(doc)) {
    for (const note of clause.notes ?? []) if (!out.has(note.number)) out.set(note.number, clause.id);
  }
  return out;
}

/** A whole document, typeset: header, sections, footnotes, and any text that could not be placed. */
export function DocumentView({ doc, targetId, matcher }: { doc: ItuDocument; targetId: string | null; matcher: TextMatcher | null }) {
  const footnoteIds = new Map(doc.footnotes.map((note) => [note.number, note.id]));
  const headingId = `${doc.id}/title`;
  const unplaced = doc.unparsed.length;
  return (
    <article className={`document document--${doc.type}`} aria-labelledby={headingId}>
      <DocumentHeader doc={doc} matcher={matcher} headingId={headingId} />
      {unplaced > 0 && (
        <p className="unparsed-notice">
          <a href={hashFor(unparsedId(doc.id, 1))}>
            {unplaced === 1 ? '1 passage' : `${unplaced} passages`} could not be placed in the structure
          </a>
          ; {unplaced === 1 ? 'it is' : 'they are'} shown at the end, flagged.
        </p>
      )}
      {doc.sections.map((section) => (
        <SectionView key={section.id} section={section} targetId={targetId} matcher={matcher} footnotes={footnoteIds} />
      ))}
      <Footnotes footnotes={doc.footnotes} citedBy={firstCitations(doc)} targetId={targetId} matcher={matcher} />
      <UnparsedBlocks docId={doc.id} blocks={doc.unparsed} targetId={targetId} />
    </article>
  );
}

/** Every element ID a permalink into `doc` may name. */
export function targetIds(doc: ItuDocument): Set<string> {
  const ids = new Set<string>([doc.id]);
  for (const section of doc.sections) ids.add(section.id);
  for (const clause of allClauses(doc)) ids.add(clause.id);
  for (const note of doc.footnotes) ids.add(note.id);
  doc.unparsed.forEach((_, i) => ids.add(unparsedId(doc.id, i + 1)));
  return ids;
}
