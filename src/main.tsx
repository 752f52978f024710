import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { appStore } from './store/index.ts';
import { bootWorkspace, WorkspaceRoot } from './ui/collab/index.ts';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The workspace (Y.Doc, provider, offline copy) lives as long as the page: opened once, here.
const boot = bootWorkspace({ location: window.location, history: window.history, storage: window.localStorage, store: appStore });

createRoot(container).render(
  <StrictMode>
    <WorkspaceRoot boot={boot}>
      <App />
    </WorkspaceRoot>
  </StrictMode>,
);
