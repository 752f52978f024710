import type { EditResult } from '../../collab/index.ts';
import type { Annotation } from '../../core/model/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';
import { TagPicker } from './TagPicker.tsx';
import { optionsAsTags, tagsAsOptions } from './tagSelection.ts';
import type { AnnotationTags } from './tagSelection.ts';

export interface TagEditorProps {
  annotation: Annotation;
  options: readonly TagOption[];
  /** The clause's citation, for the heading. */
  subject: string;
  onClose: () => void;
  /** Replaces the annotation's tags (checked against the taxonomy). */
  onSave: (tags: AnnotationTags) => EditResult;
}

/** Returns focus to the card's "Edit tags" button, where the person was before. */
function focusCard(id: string): void {
  document.querySelector<HTMLElement>(`[data-annotation="${CSS.escape(id)}"] .annotation-edit-tags`)?.focus();
}

/**
 * The tag picker in edit mode over an annotation: preloaded with its categories, SDG targets and
 * plan targets; saving replaces them all at once (one change, one undo step).
 */
export function TagEditor({ annotation, options, subject, onClose, onSave }: TagEditorProps) {
  const close = (): void => {
    onClose();
    focusCard(annotation.id);
  };
  return (
    <div className="tag-picker-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <TagPicker
        mode="edit"
        options={options}
        subject={subject}
        initial={tagsAsOptions(annotation, options)}
        onClose={close}
        onSave={(selection) => {
          const result = onSave(optionsAsTags(selection));
          if (!result.ok) return result.problem;
          close();
          return null;
        }}
      />
    </div>
  );
}
