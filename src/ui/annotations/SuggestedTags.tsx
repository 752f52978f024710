import { useMemo } from 'react';
import type { Annotation } from '../../core/model/index.ts';
import { Suggester } from '../../core/suggest/index.ts';
import { DEFAULT_TAXONOMY, findCategory } from '../../core/taxonomy/index.ts';
import { useAppStore } from '../../store/index.ts';

const suggester = new Suggester();

/**
 * The risk categories the suggester proposes for the clause in focus, with the words that
 * matched. Nothing is tagged until someone accepts; a dismissed suggestion stays dismissed in this tab.
 */
export function SuggestedTags({ clauseId, text, annotations, canWrite, onAccept }: { clauseId: string; text: string; annotations: readonly Annotation[]; canWrite: boolean; onAccept: (category: string) => void }) {
  const dismissed = useAppStore((state) => state.dismissedSuggestions);
  const dismiss = useAppStore((state) => state.dismissSuggestion);
  const suggestions = useMemo(() => suggester.suggestText(text), [text]);
  const tagged = new Set(annotations.filter((a) => a.target.clause === clauseId).flatMap((a) => a.categories));
  const shown = suggestions.filter((s) => !tagged.has(s.category) && !dismissed.includes(`${clauseId}|${s.category}`));
  if (shown.length === 0) return null;
  return (
    <section className="suggested-tags" aria-label="Suggested categories">
      <h3>Suggested for this clause</h3>
      <ul>
        {shown.map((s) => (
          <li key={s.category}>
            <span className="suggested-category">{findCategory(DEFAULT_TAXONOMY, s.category)?.label ?? s.category}</span>
            <span className="suggested-terms">matched: {s.terms.join(', ')}</span>
            {canWrite && (
              <span className="suggested-actions">
                <button type="button" className="button" onClick={() => onAccept(s.category)}>
                  Accept
                </button>
                <button type="button" className="button" onClick={() => dismiss(clauseId, s.category)}>
                  Dismiss
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
