/** Annotation → W3C Web Annotation JSON-LD (the paired reader is fromWebAnnotations). */
import type { Annotation } from '../model/index.ts';
import { ANNOTATION_CONTEXT, ANNOTATION_IRI, DOCUMENT_IRI, REPLY_IRI, SDG_TAG, toIri } from './types.ts';
import type { AnnotationCollection, FragmentSelector, SpecificTarget, TextualBody, WebAnnotation } from './types.ts';

const MARKDOWN = 'text/markdown';

function target(annotation: Annotation): SpecificTarget {
  const { clause, quote, position } = annotation.target;
  const fragment: FragmentSelector = { type: 'FragmentSelector', value: clause };
  if (position) fragment.refinedBy = { type: 'TextPositionSelector', start: position.start, end: position.end };
  const selector: SpecificTarget['selector'] = [fragment];
  if (quote) selector.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  return { source: `${DOCUMENT_IRI}${encodeURIComponent(clause.split('/')[0])}`, selector };
}

/**
 * One annotation as Web Annotations: the annotation itself, then one `replying` annotation per
 * reply in its thread. The note is a `commenting` body (Markdown); each risk category a
 * `classifying` body; each SDG target (`sdg:9.c`) and plan goal or target a `tagging` body. The
 * clause ID is the value of a FragmentSelector (refined by a TextPositionSelector, offsets in the
 * clause text), next to a TextQuoteSelector. Kind, severity, status and assignee, which the W3C
 * model has no terms for, are `cw:` fields. Live Yjs positions are not exported.
 * With `context`, each object carries its own `@context` (for a plain JSON array).
 */
export function toWebAnnotations(annotation: Annotation, context = false): WebAnnotation[] {
  const body: TextualBody[] = [];
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: MARKDOWN });
  for (const category of annotation.categories) body.push({ type: 'TextualBody', purpose: 'classifying', value: category });
  for (const sdg of annotation.sdgTargets) body.push({ type: 'TextualBody', purpose: 'tagging', value: `${SDG_TAG}${sdg}` });
  for (const plan of annotation.planTargets) body.push({ type: 'TextualBody', purpose: 'tagging', value: plan });
  const iri = toIri(annotation.id, ANNOTATION_IRI);
  const withContext = <T extends object>(value: T): T => (context ? { '@context': ANNOTATION_CONTEXT, ...value } : value);
  const main: WebAnnotation = withContext({
    id: iri,
    type: 'Annotation',
    motivation: annotation.kind === 'note' ? 'commenting' : 'classifying',
    creator: { type: 'Person', name: annotation.author },
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: target(annotation),
    'cw:kind': annotation.kind,
    'cw:severity': annotation.severity,
    'cw:status': annotation.status,
    'cw:assignee': annotation.assignee,
  } satisfies WebAnnotation);
  const replies = annotation.thread.map((reply): WebAnnotation =>
    withContext({
      id: toIri(reply.id, REPLY_IRI),
      type: 'Annotation',
      motivation: 'replying',
      creator: { type: 'Person', name: reply.author },
      created: reply.created,
      modified: reply.modified,
      body: [{ type: 'TextualBody', purpose: 'replying', value: reply.text, format: MARKDOWN }],
      target: iri,
    } satisfies WebAnnotation),
  );
  return [main, ...replies];
}

/** Annotations as one AnnotationCollection whose single embedded page holds every annotation and reply. */
export function toAnnotationCollection(annotations: readonly Annotation[], label?: string): AnnotationCollection {
  const items = annotations.flatMap((annotation) => toWebAnnotations(annotation));
  const collection: AnnotationCollection = { '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } };
  if (label !== undefined) collection.label = label;
  return collection;
}
