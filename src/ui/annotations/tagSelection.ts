import type { Annotation } from '../../core/model/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';

/** The tag fields of an annotation, which the tag editor replaces together. */
export type AnnotationTags = Pick<Annotation, 'categories' | 'sdgTargets' | 'planTargets'>;

const FIELD = { category: 'categories', sdg: 'sdgTargets', plan: 'planTargets' } as const;

/**
 * An annotation's tags as picker options, in the annotation's order (categories, SDG targets,
 * plan targets). A tag the picker does not offer (a plan that is not loaded here) is kept as an
 * option labelled with its ID, so that saving never drops it silently.
 */
export function tagsAsOptions(tags: AnnotationTags, options: readonly TagOption[]): TagOption[] {
  const find = (type: TagOption['type'], id: string): TagOption =>
    options.find((o) => o.type === type && o.id === id) ?? { type, id, label: type === 'sdg' ? `SDG ${id}` : id, description: '' };
  return [...tags.categories.map((id) => find('category', id)), ...tags.sdgTargets.map((id) => find('sdg', id)), ...tags.planTargets.map((id) => find('plan', id))];
}

/** The tag fields a selection of options stands for: each option in its field, in selection order. */
export function optionsAsTags(selection: readonly TagOption[]): AnnotationTags {
  const tags: AnnotationTags = { categories: [], sdgTargets: [], planTargets: [] };
  for (const option of selection) {
    const list = tags[FIELD[option.type]];
    if (!list.includes(option.id)) list.push(option.id);
  }
  return tags;
}
