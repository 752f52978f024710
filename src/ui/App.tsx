import { useAppStore } from '../store/index.ts';
import { DropZone, ImportButton, ImportStatusBar, useImporter } from './import/index.ts';
import { Sidebar } from './library/index.ts';
import { Reader } from './reader/index.ts';
import { useHashRoute } from './routing/index.ts';
import { useGlobalKeys } from './useGlobalKeys.ts';

/** The whole app: top bar with import, the library sidebar and the reader. */
export function App() {
  useHashRoute();
  useGlobalKeys();
  const importFiles = useImporter();
  const sidebarOpen = useAppStore((state) => state.sidebarOpen);
  const toggleSidebar = useAppStore((state) => state.toggleSidebar);
  const setSidebarOpen = useAppStore((state) => state.setSidebarOpen);
  return (
    <div className="app">
      <button
        type="button"
        className="skip-link"
        onClick={() => document.querySelector<HTMLElement>('.reader [data-clause], .reader')?.focus()}
      >
        Skip to the text
      </button>
      <header className="topbar">
        <button type="button" className="button sidebar-toggle" aria-controls="library" aria-expanded={sidebarOpen} onClick={toggleSidebar}>
          Library
        </button>
        <h1 className="brand">
          Clausewatch <span className="brand-sub">ITU Plenipotentiary texts</span>
        </h1>
        <div className="topbar-actions">
          <ImportButton onFiles={(files) => void importFiles(files)} />
        </div>
      </header>
      <ImportStatusBar />
      <div className="workspace">
        <Sidebar />
        {sidebarOpen && (
          // Narrow screens only (CSS): a tap beside the open library closes it; Escape does the same from the keyboard.
          <button type="button" className="drawer-backdrop" tabIndex={-1} aria-label="Close the library" onClick={() => setSidebarOpen(false)} />
        )}
        <Reader />
      </div>
      <DropZone onFiles={(files) => void importFiles(files)} />
    </div>
  );
}
