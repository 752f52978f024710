/** The ITU text model: a Document made of Sections made of Clauses. Plain data, JSON-safe. */

export type DocumentType = 'resolution' | 'decision' | 'recommendation' | 'strategic-plan' | 'other';

/** Where a section sits: the italic preamble, the operative part, or an annex / appendix. */
export type SectionPart = 'preamble' | 'operative' | 'annex';

/** A footnote marker found in a clause's text ("developing countries1"); the digits were taken out of `text`. */
export interface FootnoteRef {
  /** Footnote number as printed ("1"). */
  number: string;
  /** Offset in the clause text where the marker stood. */
  at: number;
}

/** A cross-reference in running text ("resolves 5", "considering d) above"). */
export interface CrossRef {
  /** The words as they appear in the text, e.g. "considering d) above". */
  text: string;
  /** Offsets of `text` in the clause text. */
  start: number;
  end: number;
  /** The clause ID it points to, or null when it cannot be resolved in this document. */
  target: string | null;
}

export interface Clause {
  /** Path ID, e.g. `res130/resolves/3`, `res130/instructs-the-secretary-general/2/i`. */
  id: string;
  /** As printed: "a)", "3", "1.1", "i)", "•", or "" for an unlettered single item / plain paragraph. */
  label: string;
  /** Clause text without its label (footnote markers removed, see `notes`). */
  text: string;
  children: Clause[];
  /** Footnote markers, when the clause has any. */
  notes?: FootnoteRef[];
  /** Cross-references in `text`, when there are any. */
  refs?: CrossRef[];
}

export interface Section {
  /** Path ID, e.g. `res130/considering`, `res130/resolves-further`, `res130/instructs-the-secretary-general#2`. */
  id: string;
  /** The heading verbatim ("instructs the Secretary-General, in consultation with ..."). */
  heading: string;
  part: SectionPart;
  /**
   * Normalised kind: verb, "further" and addressee folded into one slug, so that "further resolves"
   * and "resolves further" are both `resolves-further`. For annexes: `annex-1`, `appendix-2`.
   */
  kind: string;
  /** Normalised verb: "considering", "taking into account", "resolves", "instructs", "annex" ... */
  verb: string;
  /** Normalised addressee: "the secretary-general", "member states", or "" when there is none. */
  addressee: string;
  /** True for "further"-headings ("considering further", "further resolves", "resolves further"). */
  further: boolean;
  /** A title line under an annex heading, when there is one. */
  title?: string;
  clauses: Clause[];
}

export interface Footnote {
  /** `res130/fn/1` */
  id: string;
  /** As printed: "1", "*". */
  number: string;
  text: string;
}

/** Text the parser could not place. Shown to the user; never silently dropped. */
export interface UnparsedBlock {
  text: string;
  /** Why it was not placed, in plain words ("page header", "text before the first heading"). */
  reason: string;
  /** 1-based line in the source, when known. */
  line?: number;
}


export interface ItuDocument {
  /** `res130`, `dec5`, `rec7`, `sp-2020-2023`; stable for the same text. */
  id: string;
  type: DocumentType;
  /** "130"; may be a temporary number such as "[SEN-1]". */
  number: string;
  /** As cited in running text: "Rev. Dubai, 2018", or "Dubai, 2018" for a new text. */
  revision: string;
  /** The conference that adopted this version: "Dubai, 2018". */
  conference: string;
  /** The title line verbatim: "RESOLUTION 130 (REV. DUBAI, 2018)". */
  titleLine: string;
  /** The subject line. */
  title: string;
  /** Opening formula, "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),". */
  preamble: string;
  sections: Section[];
  footnotes: Footnote[];
  unparsed: UnparsedBlock[];
  /** Strategic Plan structure, for type 'strategic-plan'. */
  plan?: import('./strategic-plan.ts').StrategicPlan;
  /** Where the document came from, when known. */
  source?: { file: string; format: SourceFormat };
}

export type SourceFormat = 'text' | 'docx' | 'akn';
