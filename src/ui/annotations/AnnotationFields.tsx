import type { Annotation, AnnotationKind, AnnotationStatus, Severity } from '../../core/model/index.ts';
import { ANNOTATION_KINDS, SEVERITIES, STATUSES } from '../../core/taxonomy/index.ts';
import type { AnnotationPatch } from '../../collab/index.ts';
import { AssigneeField } from './AssigneeField.tsx';

export interface AnnotationFieldsProps {
  annotation: Annotation;
  /** Null for a reader who may not change annotations (a viewer): the fields are shown as text. */
  editing: { me: string; suggestions: readonly string[]; change: (patch: AnnotationPatch) => void } | null;
}

const label = <T extends string>(list: ReadonlyArray<{ id: T; label: string }>, id: T | null): string => list.find((t) => t.id === id)?.label ?? '';

/**
 * An annotation's kind, status, severity (for risks only) and assignee. Each control changes its
 * own field at once, so two people changing different fields both keep their change.
 */
export function AnnotationFields({ annotation, editing }: AnnotationFieldsProps) {
  const isRisk = annotation.kind === 'risk';
  if (!editing) {
    const parts = [label(STATUSES, annotation.status), isRisk && annotation.severity ? `${label(SEVERITIES, annotation.severity)} severity` : '', annotation.assignee ? `assigned to ${annotation.assignee}` : ''];
    return (
      <div className="annotation-fields annotation-fields--read">
        <span>{parts.filter((p) => p !== '').join(' · ')}</span>
      </div>
    );
  }
  const { change } = editing;
  const setKind = (kind: AnnotationKind): void =>
    // Severity rates risks only: a risk turned into an opportunity or a note loses it (undo brings both back).
    change(kind === 'risk' || annotation.severity === null ? { kind } : { kind, severity: null });
  return (
    <div className="annotation-fields">
      <label>
        Kind{' '}
        <select className="annotation-kind-select" value={annotation.kind} onChange={(event) => setKind(event.target.value as AnnotationKind)}>
          {ANNOTATION_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status{' '}
        <select className="annotation-status" value={annotation.status} onChange={(event) => change({ status: event.target.value as AnnotationStatus })}>
          {STATUSES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {isRisk && (
        <label>
          Severity{' '}
          <select className="annotation-severity" value={annotation.severity ?? ''} onChange={(event) => change({ severity: (event.target.value || null) as Severity | null })}>
            <option value="">not rated</option>
            {SEVERITIES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <AssigneeField value={annotation.assignee} me={editing.me} suggestions={editing.suggestions} onChange={(assignee) => change({ assignee })} />
    </div>
  );
}
