import './annotations.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { canAnnotate } from '../../collab/index.ts';
import { indexClauses } from '../../core/anchoring/index.ts';
import type { IndexedClause } from '../../core/anchoring/index.ts';
import type { ItuDocument } from '../../core/model/index.ts';
import { DEFAULT_TAXONOMY, tagOptions } from '../../core/taxonomy/index.ts';
import type { TagOption } from '../../core/taxonomy/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import type { PickerTarget } from '../../store/index.ts';
import { useWorkspaceSession } from '../collab/index.ts';
import { useLibrary } from '../library/index.ts';
import { AnnotationPanel } from './AnnotationPanel.tsx';
import { selectionInClause } from './clauseTextDom.ts';
import { newAnnotation } from './newAnnotation.ts';
import { TagEditor } from './TagEditor.tsx';
import { TagPicker } from './TagPicker.tsx';
import { useAnchors } from './useAnchors.ts';
import { useAnnotationActions } from './useAnnotationActions.ts';
import { useAnnotations } from './useAnnotations.ts';
import { useHighlights } from './useHighlights.ts';

const OPTIONS: readonly TagOption[] = tagOptions(DEFAULT_TAXONOMY);

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
/** Where Ctrl+Z belongs to the browser (undoing typed text) rather than to annotations. A focused drop-down is not: undo works there. */
const editingText = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName));

/**
 * The reader with the team's annotations: highlights over the clause text, the annotation
 * sidebar, and the tag picker (key `t` on a focused clause or a selection). Outside a workspace
 * the reader is shown alone: annotations live in the workspace's shared document.
 */
export function AnnotationLayout({ children }: { children: ReactNode }) {
  const session = useWorkspaceSession();
  const { documents } = useLibrary();
  const doc = session?.connection.doc ?? null;
  const by = session?.user.name ?? '';
  const annotations = useAnnotations(doc);
  const anchors = useAnchors(annotations, documents);
  useHighlights(annotations, anchors);
  const actions = useAnnotationActions(doc, by);
  const writer = session && canAnnotate(session.role) ? actions : null;
  const clauseId = useAppStore((state) => state.annotationClause);
  const setClause = useAppStore((state) => state.setAnnotationClause);
  const picker = useAppStore((state) => state.picker);
  const closePicker = useAppStore((state) => state.closePicker);
  const tagEditor = useAppStore((state) => state.tagEditor);
  const closeTagEditor = useAppStore((state) => state.closeTagEditor);
  const lastSelection = useRef<PickerTarget | null>(null);

  const indexes = useMemo(() => new Map<string, ItuDocument>(documents.map((d) => [d.id, d])), [documents]);
  const indexCache = useRef(new WeakMap<ItuDocument, Map<string, IndexedClause>>());
  const clauseInfo = useCallback(
    (id: string): IndexedClause | null => {
      const owner = indexes.get(id.split('/')[0]);
      if (!owner) return null;
      let index = indexCache.current.get(owner);
      if (!index) indexCache.current.set(owner, (index = indexClauses(owner)));
      return index.get(id) ?? null;
    },
    [indexes],
  );

  const openPicker = useCallback((): void => {
    const current = appStore.getState().annotationClause;
    const selection = lastSelection.current;
    if (selection && selection.clause === current) appStore.getState().openPicker(selection);
    else if (current) appStore.getState().openPicker({ clause: current, span: null });
  }, []);

  useEffect(() => {
    if (!session) return;
    const onFocus = (event: FocusEvent): void => {
      const target = event.target instanceof Element ? event.target.closest('.reader [data-clause]') : null;
      if (target?.id) setClause(target.id);
    };
    const onSelection = (): void => {
      const found = selectionInClause(document.getSelection());
      if (found) {
        lastSelection.current = { clause: found.clause, span: { start: found.start, end: found.end } };
        setClause(found.clause);
      } else if (document.getSelection()?.isCollapsed) lastSelection.current = null;
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || appStore.getState().picker || appStore.getState().tagEditor) return;
      if (event.key === 't' && !event.ctrlKey && !event.metaKey && writer && !typing(event.target)) {
        event.preventDefault();
        openPicker();
      } else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && writer && !editingText(event.target)) {
        event.preventDefault();
        if (event.shiftKey) writer.redo();
        else writer.undo();
      }
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('selectionchange', onSelection);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('selectionchange', onSelection);
      window.removeEventListener('keydown', onKey);
    };
  }, [session, writer, setClause, openPicker]);

  // The annotation whose tags are being edited; gone when someone deleted it meanwhile.
  const tagged = tagEditor ? annotations.find((a) => a.id === tagEditor) : undefined;
  useEffect(() => {
    if (tagEditor && !annotations.some((a) => a.id === tagEditor)) closeTagEditor();
  }, [tagEditor, annotations, closeTagEditor]);

  if (!session) return <>{children}</>;
  const focused = clauseId ? clauseInfo(clauseId) : null;
  const citationOf = (id: string): string => clauseInfo(id)?.citation ?? '';
  const apply = (target: PickerTarget, option: TagOption): void => {
    const owner = indexes.get(target.clause.split('/')[0]);
    if (!owner || !writer) return;
    const at = new Date().toISOString();
    writer.add(newAnnotation(owner, target, option, `ann-${crypto.randomUUID()}`, by, at));
  };
  const close = (): void => {
    closePicker();
    if (picker) document.getElementById(picker.clause)?.focus();
  };
  const pickerSubject = picker
    ? picker.span
      ? `“${(clauseInfo(picker.clause)?.text ?? '').slice(picker.span.start, picker.span.end)}” in ${citationOf(picker.clause)}`
      : citationOf(picker.clause) || picker.clause
    : '';
  return (
    <div className="annotated-reader">
      {children}
      <AnnotationPanel
        annotations={annotations}
        anchors={anchors}
        focus={focused ? { id: focused.id, text: focused.text, citation: focused.citation } : null}
        writer={writer}
        citationOf={citationOf}
        onTag={openPicker}
        onAcceptSuggestion={(category) => {
          const option = OPTIONS.find((o) => o.type === 'category' && o.id === category);
          if (focused && option) apply({ clause: focused.id, span: null }, option);
        }}
      />
      {tagged && writer && (
        <TagEditor
          annotation={tagged}
          options={OPTIONS}
          subject={citationOf(tagged.target.clause) || tagged.target.clause}
          onClose={closeTagEditor}
          onSave={(tags) => writer.edit(tagged.id, tags)}
        />
      )}
      {picker && writer && (
        <div className="tag-picker-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
          <TagPicker
            options={OPTIONS}
            subject={pickerSubject}
            onClose={close}
            onApply={(option) => {
              apply(picker, option);
              close();
            }}
          />
        </div>
      )}
    </div>
  );
}
