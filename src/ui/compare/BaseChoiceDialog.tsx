import { useEffect, useRef, useState } from 'react';
import { documentName } from '../common/index.ts';
import type { BaseQuestion } from './useProposalImporter.ts';

/** Asks which library text an imported proposal amends, with the likeliest one pre-selected. */
export function BaseChoiceDialog({ question }: { question: BaseQuestion }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState(question.preselected);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const selectId = 'proposal-base';
  return (
    <dialog
      ref={dialog}
      className="proposal-dialog"
      aria-labelledby="proposal-base-title"
      onCancel={(event) => {
        event.preventDefault();
        question.answer(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          question.answer(choice || null);
        }}
      >
        <h2 id="proposal-base-title">Which text does {question.file} amend?</h2>
        <p>
          {question.cited.length > 1
            ? `It cites ${question.cited.length} texts of the library. Choose the one it proposes to change.`
            : 'Clausewatch could not tell from the file. Choose the text it proposes to change.'}
        </p>
        <label htmlFor={selectId} className="visually-hidden">
          Base text
        </label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {question.documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {documentName(doc)}
              {doc.revision ? ` (${doc.revision})` : ''}
              {doc.title ? ` — ${doc.title}` : ''}
            </option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => question.answer(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!choice}>
            Import against this text
          </button>
        </div>
      </form>
    </dialog>
  );
}
