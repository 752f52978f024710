/** The annotation made when someone applies a tag in the picker. */
import { describe } from '../../core/anchoring/index.ts';
import type { Annotation, ItuDocument } from '../../core/model/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';
import type { PickerTarget } from '../../store/index.ts';

/**
 * A new open annotation on the picker's clause (or span) tagged with `option`: a category makes a
 * risk, an SDG or Strategic Plan target an opportunity.
 */
export function newAnnotation(doc: ItuDocument, target: PickerTarget, option: TagOption, id: string, author: string, at: string): Annotation {
  return {
    id,
    target: describe(doc, target.clause, target.span ?? undefined),
    kind: option.type === 'category' ? 'risk' : 'opportunity',
    categories: option.type === 'category' ? [option.id] : [],
    sdgTargets: option.type === 'sdg' ? [option.id] : [],
    planTargets: option.type === 'plan' ? [option.id] : [],
    severity: null,
    status: 'open',
    assignee: null,
    note: '',
    thread: [],
    author,
    created: at,
    modified: at,
  };
}
