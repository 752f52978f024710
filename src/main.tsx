import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { createLibraryStore, LibraryProvider } from './ui/library/index.ts';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <LibraryProvider store={createLibraryStore()} load>
      <App />
    </LibraryProvider>
  </StrictMode>,
);
