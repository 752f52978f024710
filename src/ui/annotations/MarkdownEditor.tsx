import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { MarkdownNote } from './MarkdownNote.tsx';

export interface MarkdownEditorProps {
  /** What is edited, for the text box's label: "Note", "Your reply". */
  label: string;
  /** The saved text as it is now: the editor starts from it, and says so when a teammate changes it during the edit. */
  saved: string;
  /** Saves the text; returns why it was refused, or null when saved (the owner then closes the editor). */
  onSave: (text: string) => string | null;
  onCancel: () => void;
}

/**
 * A Markdown text box with a live preview rendered by the same safe MarkdownNote the card uses
 * (HTML stays inert text). Ctrl+Enter (Cmd+Enter on a Mac) saves, Escape cancels.
 */
export function MarkdownEditor({ label, saved, onSave, onCancel }: MarkdownEditorProps) {
  // What the text was when editing began (`saved` changes under us as teammates edit).
  const [start] = useState(saved);
  const [text, setText] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const hint = useId();
  const save = (): void => setProblem(onSave(text));
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="md-editor">
      <textarea
        autoFocus
        aria-label={label}
        aria-describedby={hint}
        className="md-editor-input"
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="md-editor-preview" aria-label={`${label} preview`} role="region">
        <span className="md-editor-preview-label">Preview</span>
        {text.trim() === '' ? <p className="md-editor-empty">Nothing to show yet.</p> : <MarkdownNote source={text} />}
      </div>
      {saved !== start && (
        <p className="annotation-notice" role="status">
          Someone changed this while you were editing; saving replaces their version with yours.
        </p>
      )}
      {problem && (
        <p className="annotation-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="md-editor-actions">
        <button type="button" className="button button--primary" onClick={save}>
          Save
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <span id={hint} className="md-editor-hint">
          Markdown: **bold**, *italic*, [link](https://…), lists · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
        </span>
      </div>
    </div>
  );
}
