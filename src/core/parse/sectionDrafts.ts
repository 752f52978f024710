import type { SectionDraft } from './buildDocument.ts';
import type { ClauseDraft } from './clauseTree.ts';
import { joinText } from './joinText.ts';
import { matchHeading, type HeadingMatch } from './matchHeading.ts';

/** The section a heading opens, its clauses in `clauses`. */
export function headingSection(match: HeadingMatch, clauses: ClauseDraft[]): SectionDraft {
  const { heading, part, kind, verb, addressee, further } = match;
  return { heading, part, kind, verb, addressee, further, clauses };
}

/** The section an annex line ("ANNEX 1 TO RESOLUTION 130") opens; `kind` as parseAnnexLine reads it. */
export function annexSection(text: string, kind: string, clauses: ClauseDraft[]): SectionDraft {
  const [verb] = kind.split('-');
  return { heading: text, part: 'annex', kind, verb, addressee: '', further: false, clauses };
}

/** A heading wrapped over two lines: the words join it, and its kind is read again. */
export function extendHeading(section: SectionDraft, text: string): void {
  section.heading = joinText(section.heading, text);
  const again = matchHeading(section.heading);
  if (again && again.rest === '' && again.match.part === section.part) {
    const { kind, verb, addressee, further } = again.match;
    Object.assign(section, { kind, verb, addressee, further });
  }
}
