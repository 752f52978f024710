import { useState } from 'react';

export interface ConfirmButtonProps {
  /** The button's text: "Delete". */
  label: string;
  /** The question asked before acting: "Delete this annotation and its replies?". */
  question: string;
  /** The confirming button's text: "Delete annotation". */
  confirmLabel: string;
  onConfirm: () => void;
}

/** A button that asks first, in place (no browser pop-up): the action runs only on the second, explicit button. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--quiet annotation-small" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="annotation-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="button button--danger annotation-small"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button annotation-small" onClick={() => setAsking(false)} onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
