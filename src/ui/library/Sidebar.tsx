import { useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import type { Annotation } from '../../core/model/index.ts';
import { useAppStore } from '../../store/index.ts';
import { createMatcher } from '../common/index.ts';
// The hook's own file, not compare/index.ts: the comparison view imports the library (no import cycle).
import { useWorkspaceAnnotations } from '../compare/useWorkspaceAnnotations.ts';
import { DocumentListItem } from './DocumentListItem.tsx';
import { groupDocuments } from './groupDocuments.ts';
import { useLibrary } from './LibraryContext.tsx';
import { SearchBox } from './SearchBox.tsx';
import { searchLibrary } from './searchLibrary.ts';

/** ↓ / ↑ move between documents; from the search field ↓ goes to the first one. */
function onListKey(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('a.doc-link')];
  const from = event.target as HTMLElement;
  const index = links.indexOf(from);
  const next = index === -1 ? (event.key === 'ArrowDown' && from.tagName === 'INPUT' ? 0 : -1) : index + (event.key === 'ArrowDown' ? 1 : -1);
  const target = links[next];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

const NO_ANNOTATIONS: readonly Annotation[] = [];

/** The workspace's risk annotations by the document they are on: what the proposal flags are made of. */
function risksByDocument(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const out = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'risk' || annotation.categories.length === 0) continue;
    const docId = annotation.target.clause.split('/')[0];
    const list = out.get(docId);
    if (list) list.push(annotation);
    else out.set(docId, [annotation]);
  }
  return out;
}

/** The library: search, then the documents grouped by type, each with its proposals' risk flags in a workspace. */
export function Sidebar() {
  const { documents, status, error, importedIds } = useLibrary();
  const query = useAppStore((state) => state.query);
  const selectedDocId = useAppStore((state) => state.selectedDocId);
  const sidebarOpen = useAppStore((state) => state.sidebarOpen);
  const setSidebarOpen = useAppStore((state) => state.setSidebarOpen);
  const matcher = useMemo(() => createMatcher(query), [query]);
  const matches = useMemo(() => searchLibrary(documents, matcher), [documents, matcher]);
  const annotations = useWorkspaceAnnotations();
  const risks = useMemo(() => risksByDocument(annotations), [annotations]);
  const groups = groupDocuments(matches, (match) => match.doc);

  return (
    <nav id="library" className={`sidebar${sidebarOpen ? ' is-open' : ''}`} aria-label="Library" onKeyDown={onListKey}>
      <SearchBox />
      <p className="result-count" role="status">
        {status === 'loading'
          ? 'Loading the library…'
          : matcher
            ? `${matches.length} of ${documents.length} texts match “${matcher.query}”`
            : `${documents.length} texts`}
      </p>
      {status === 'error' && (
        <p className="sidebar-error" role="alert">
          {error}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.type} className="doc-group" aria-labelledby={`group-${group.type}`}>
          <h2 id={`group-${group.type}`} className="doc-group-name">
            {group.name} <span className="doc-group-count">{group.items.length}</span>
          </h2>
          <ul className="doc-list">
            {group.items.map((match) => (
              <DocumentListItem
                key={match.doc.id}
                match={match}
                selected={match.doc.id === selectedDocId}
                imported={importedIds.has(match.doc.id)}
                matcher={matcher}
                risks={risks.get(match.doc.id) ?? NO_ANNOTATIONS}
                onOpen={() => setSidebarOpen(false)}
              />
            ))}
          </ul>
        </section>
      ))}
      {status !== 'loading' && matcher && matches.length === 0 && <p className="no-results">No text mentions “{matcher.query}”.</p>}
    </nav>
  );
}
