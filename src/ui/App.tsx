import { useAppStore } from '../store/index.ts';
import { AnnotationLayout } from './annotations/index.ts';
import { CollabBar, DraftPane } from './collab/index.ts';
import { CompareView, ModeSwitch, ProposalProvider, useCompareRoute } from './compare/index.ts';
import { Dashboard, DashboardButton } from './dashboard/index.ts';
import { ExportButton, ExportDialog, PrintView } from './export/index.ts';
import { DropZone, ImportButton, ImportStatusBar, useImporter } from './import/index.ts';
import { Sidebar } from './library/index.ts';
import { Reader } from './reader/index.ts';
import { useHashRoute, useViewRoute } from './routing/index.ts';
import { useGlobalKeys } from './useGlobalKeys.ts';

/** The whole app: top bar with import, the library sidebar and the reader. */
export function App() {
  useHashRoute();
  useCompareRoute();
  useViewRoute();
  useGlobalKeys();
  const importFiles = useImporter();
  const sidebarOpen = useAppStore((state) => state.sidebarOpen);
  const toggleSidebar = useAppStore((state) => state.toggleSidebar);
  const setSidebarOpen = useAppStore((state) => state.setSidebarOpen);
  const compare = useAppStore((state) => state.compare);
  const openDraftId = useAppStore((state) => state.openDraftId);
  const view = useAppStore((state) => state.view);
  const app = (
    <div className={compare ? 'app app--compare' : 'app'}>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.querySelector<HTMLElement>('.reader [data-clause], .reader, .compare')?.focus()}
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
          <CollabBar />
          <ModeSwitch />
          <DashboardButton />
          <ExportButton />
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
        {view === 'dashboard' ? <Dashboard /> : view === 'print' ? <PrintView /> : compare ? <CompareView route={compare} /> : openDraftId ? <DraftPane draftId={openDraftId} /> : (
          <AnnotationLayout>
            <Reader />
          </AnnotationLayout>
        )}
      </div>
      {/* While comparing, a dropped file is a proposal: the comparison view takes it. */}
      {!compare && <DropZone onFiles={(files) => void importFiles(files)} />}
      <ExportDialog />
    </div>
  );
  return <ProposalProvider load>{app}</ProposalProvider>;
}
