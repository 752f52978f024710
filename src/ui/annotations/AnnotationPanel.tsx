import { useMemo } from 'react';
import type { Anchor } from '../../core/anchoring/index.ts';
import { citationFromId } from '../../core/anchoring/index.ts';
import type { Annotation } from '../../core/model/index.ts';
import { useAppStore } from '../../store/index.ts';
import { AnnotationCard } from './AnnotationCard.tsx';
import { AnnotationFilters } from './AnnotationFilters.tsx';
import { assigneeSuggestions } from './assigneeSuggestions.ts';
import { filterAnnotations } from './filterAnnotations.ts';
import { SuggestedTags } from './SuggestedTags.tsx';
import type { AnnotationWriter } from './useAnnotationActions.ts';

export interface AnnotationPanelProps {
  annotations: readonly Annotation[];
  anchors: ReadonlyMap<string, Anchor>;
  /** The clause in focus and its text and citation, when there is one. */
  focus: { id: string; text: string; citation: string } | null;
  writer: AnnotationWriter | null;
  citationOf: (clauseId: string) => string;
  onTag: () => void;
  onAcceptSuggestion: (category: string) => void;
}

/** The annotation sidebar: filters with counts, suggestions for the clause in focus, and the annotations with their threads. */
export function AnnotationPanel({ annotations, anchors, focus, writer, citationOf, onTag, onAcceptSuggestion }: AnnotationPanelProps) {
  const filters = useAppStore((state) => state.annotationFilters);
  const present = useAppStore((state) => state.people);
  const people = useMemo(() => assigneeSuggestions(annotations, present.map((p) => p.name)), [annotations, present]);
  const shown = filterAnnotations(annotations, filters);
  const orphans = shown.filter((a) => anchors.get(a.id)?.state === 'orphaned').length;
  return (
    <aside className="annotation-panel" aria-label="Annotations">
      <div className="annotation-panel-head">
        <h2>
          Annotations <span className="annotation-count">{shown.length === annotations.length ? annotations.length : `${shown.length} of ${annotations.length}`}</span>
        </h2>
        {writer && (
          <span className="annotation-panel-actions">
            <button type="button" className="button" disabled={!focus} onClick={onTag} title="Tag the selected words, or the clause in focus (key: t)">
              Tag{focus ? ` ${focus.citation || 'clause'}` : ''}…
            </button>
            <button type="button" className="button" onClick={writer.undo} title="Undo your last annotation change">
              Undo
            </button>
          </span>
        )}
      </div>
      <AnnotationFilters annotations={annotations} />
      {focus && <SuggestedTags clauseId={focus.id} text={focus.text} annotations={annotations} canWrite={writer !== null} onAccept={onAcceptSuggestion} />}
      {orphans > 0 && <p className="annotation-orphans">{orphans} orphaned: their words are no longer in the text; they are listed here, not attached anywhere.</p>}
      <ul className="annotation-list">
        {shown.map((annotation) => {
          const found = anchors.get(annotation.id);
          return (
            <AnnotationCard
              key={annotation.id}
              annotation={annotation}
              anchor={found}
              citation={citationOf(found?.clause ?? annotation.target.clause) || citationFromId(annotation.target.clause)}
              writer={writer}
              people={people}
            />
          );
        })}
      </ul>
      {annotations.length === 0 && <p className="annotation-empty">No annotations yet. Focus a clause or select words in it, then press <kbd>t</kbd> to tag them.</p>}
    </aside>
  );
}
