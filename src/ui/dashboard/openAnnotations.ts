import { appStore } from '../../store/index.ts';
import type { AnnotationFilterField } from '../../store/index.ts';
import { hashFor, navigateTo } from '../routing/index.ts';

/**
 * Shows one text's annotations in one category: opens the text in the reader with the annotation
 * sidebar's filters set to risks of that category on that document (other filters cleared), so the
 * list holds exactly what the heatmap cell counts.
 */
export function openAnnotations(documentId: string, category: string): void {
  const state = appStore.getState();
  for (const field of Object.keys(state.annotationFilters) as AnnotationFilterField[]) state.setAnnotationFilter(field, null);
  state.setAnnotationFilter('kind', 'risk');
  state.setAnnotationFilter('category', category);
  state.setAnnotationFilter('document', documentId);
  navigateTo(hashFor(documentId));
}
