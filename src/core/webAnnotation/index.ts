/** Annotation ↔ W3C Web Annotation JSON-LD: AnnotationCollection, arrays, FragmentSelector + TextQuoteSelector targets. */
export { toAnnotationCollection, toWebAnnotations } from './toWebAnnotations.ts';
export { fromWebAnnotations } from './fromWebAnnotations.ts';
export { readWebAnnotations } from './readWebAnnotations.ts';
export type { ReadAnnotation, ReadBody } from './readWebAnnotations.ts';
export { ANNOTATION_CONTEXT, ANNOTATION_IRI, DOCUMENT_IRI, REPLY_IRI, SDG_TAG, fromIri, toIri } from './types.ts';
export type { AnnotationCollection, AnnotationPage, FragmentSelector, SpecificTarget, TextPositionSelector, TextQuoteSelector, TextualBody, WebAnnotation } from './types.ts';
