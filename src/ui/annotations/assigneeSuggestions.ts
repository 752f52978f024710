import type { Annotation } from '../../core/model/index.ts';

/**
 * The names offered when assigning an annotation: everyone who appears in the workspace (authors
 * of annotations and replies, assignees, and the people present now), each once (names differing
 * only in case or spacing count as one; the first spelling met is kept), sorted by name.
 */
export function assigneeSuggestions(annotations: readonly Annotation[], present: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string | null): void => {
    const trimmed = name?.trim() ?? '';
    const key = trimmed.toLocaleLowerCase().replace(/\s+/g, ' ');
    if (key !== '' && !byKey.has(key)) byKey.set(key, trimmed);
  };
  present.forEach(add);
  for (const annotation of annotations) {
    add(annotation.author);
    add(annotation.assignee);
    for (const reply of annotation.thread) add(reply.author);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}
