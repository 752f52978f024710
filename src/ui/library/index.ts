export { LibraryProvider, useLibrary, useLibraryStore } from './LibraryContext.tsx';
export { createLibraryStore, mergeDocuments } from './libraryStore.ts';
export type { AddResult, LibrarySnapshot, LibraryStore } from './libraryStore.ts';
export { fetchLibrary } from './fetchLibrary.ts';
export { groupDocuments } from './groupDocuments.ts';
export { searchLibrary, matchDocument, snippetAround } from './searchLibrary.ts';
export type { DocumentMatch } from './searchLibrary.ts';
export { Sidebar } from './Sidebar.tsx';
export { SEARCH_INPUT_ID } from './SearchBox.tsx';
