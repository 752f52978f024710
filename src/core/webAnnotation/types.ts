/** The W3C Web Annotation JSON-LD shapes Clausewatch writes (https://www.w3.org/TR/annotation-model/). */

/** The Web Annotation context, then Clausewatch's prefix for the fields the W3C model has no term for. */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { cw: 'urn:clausewatch:terms:' }] as const;

export interface TextualBody {
  type: 'TextualBody';
  /** `commenting` (the note), `classifying` (a risk category), `tagging` (an SDG or plan target), `replying`. */
  purpose: string;
  value: string;
  format?: string;
}

export interface FragmentSelector {
  type: 'FragmentSelector';
  /** The clause ID: `res130/resolves/3`. */
  value: string;
  refinedBy?: TextPositionSelector;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SpecificTarget {
  /** `urn:clausewatch:document:res130` */
  source: string;
  selector: Array<FragmentSelector | TextQuoteSelector>;
}

export interface WebAnnotation {
  '@context'?: typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'commenting' | 'replying';
  creator: { type: 'Person'; name: string };
  created: string;
  modified: string;
  body: TextualBody[];
  /** A clause (and span), or for a reply the annotation it answers. */
  target: SpecificTarget | string;
  'cw:kind'?: string;
  'cw:severity'?: string | null;
  'cw:status'?: string;
  'cw:assignee'?: string | null;
}

export interface AnnotationPage {
  type: 'AnnotationPage';
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: AnnotationPage;
}

/** Prefixes of the IRIs Clausewatch gives annotations, replies and documents. */
export const ANNOTATION_IRI = 'urn:clausewatch:annotation:';
export const REPLY_IRI = 'urn:clausewatch:reply:';
export const DOCUMENT_IRI = 'urn:clausewatch:document:';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An IRI for an ID: kept as it is when it already is one (`urn:uuid:…`, `https://…`), else under `prefix`. */
export const toIri = (id: string, prefix: string): string => (HAS_SCHEME.test(id) ? id : `${prefix}${encodeURIComponent(id)}`);

/** The ID back from an IRI made by toIri. */
export function fromIri(iri: string, prefix: string): string {
  if (!iri.startsWith(prefix)) return iri;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return iri.slice(prefix.length);
  }
}

/** How an SDG target is written as a tag: `sdg:9.c`. */
export const SDG_TAG = 'sdg:';
