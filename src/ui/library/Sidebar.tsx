import { useMemo } from 'react';
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../store/index.ts';
import { createMatcher } from '../common/index.ts';
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

/** The library: search, then the documents grouped by type. */
export function Sidebar() {
  const { documents, status, error, importedIds } = useLibrary();
  const query = useAppStore((state) => state.query);
  const selectedDocId = useAppStore((state) => state.selectedDocId);
  const sidebarOpen = useAppStore((state) => state.sidebarOpen);
  const setSidebarOpen = useAppStore((state) => state.setSidebarOpen);
  const matcher = useMemo(() => createMatcher(query), [query]);
  const matches = useMemo(() => searchLibrary(documents, matcher), [documents, matcher]);
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
