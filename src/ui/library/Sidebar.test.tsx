import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleDecision, sampleResolution } from '../testing/sampleDocument.ts';
import { LibraryProvider } from './LibraryContext.tsx';
import { createLibraryStore } from './libraryStore.ts';
import { Sidebar } from './Sidebar.tsx';

describe('Sidebar', () => {
  it('lists the library grouped by type, each text linking to its permalink', () => {
    const store = createLibraryStore();
    store.loaded([sampleDecision('10'), sampleResolution(), sampleDecision('5')]);
    store.add([sampleDecision('7')]);
    const html = renderToStaticMarkup(
      <LibraryProvider store={store}>
        <Sidebar />
      </LibraryProvider>,
    );
    expect([...html.matchAll(/<h2[^>]*>([^<]+)/g)].map((m) => m[1].trim())).toEqual(['Resolutions', 'Decisions']);
    expect([...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['res900', 'dec5', 'dec7', 'dec10']);
    expect(html).toContain('4 texts');
    // Only the text the user imported carries the badge.
    expect(html.match(/doc-link-badge/g)).toHaveLength(1);
    expect(html).toMatch(/data-doc-id="dec7">.*?imported<\/span>/);
  });

  it('says the library is loading until the server answered', () => {
    const html = renderToStaticMarkup(
      <LibraryProvider store={createLibraryStore()}>
        <Sidebar />
      </LibraryProvider>,
    );
    expect(html).toContain('Loading the library…');
  });
});
