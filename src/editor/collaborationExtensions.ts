import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type { XmlFragment } from 'yjs';

/** The name and colour others see on one's caret. */
export interface CaretUser {
  name: string;
  color: string;
}

/** A caret: a coloured bar with the person's name above it. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  const color = typeof user.color === 'string' ? user.color : '#888';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret-label';
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === 'string' ? user.name : 'Someone';
  caret.append(label);
  keepLabelInside(caret, label);
  return caret;
}

/**
 * A name hangs to the right of its caret; near the editor's right edge it would be cut (each draft
 * section clips its painting, content-visibility: auto), so there it hangs to the left instead.
 * Checked whenever the label comes fully into view or gets partly hidden, off the typing path.
 */
function keepLabelInside(caret: HTMLElement, label: HTMLElement): void {
  if (typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver(() => {
    if (!caret.isConnected) return observer.disconnect();
    const editor = caret.closest('.draft-editor-content');
    if (!editor) return;
    const left = caret.getBoundingClientRect().left;
    label.classList.toggle('collab-caret-label--left', left + label.offsetWidth > editor.getBoundingClientRect().right);
  }, { threshold: 1 });
  observer.observe(label);
}

/**
 * Collaboration (the draft's Y.XmlFragment, with an undo that only takes back one's own changes)
 * and CollaborationCaret (others' carets and selections, through the workspace's awareness).
 */
export function collaborationExtensions(fragment: XmlFragment, awareness: Awareness, user: CaretUser): AnyExtension[] {
  return [
    Collaboration.configure({ fragment }),
    CollaborationCaret.configure({ provider: { awareness }, user, render: renderCaret }),
  ];
}
