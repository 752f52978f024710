import { describe, expect, it } from 'vitest';
import { sampleDecision, sampleResolution } from '../testing/sampleDocument.ts';
import { createLibraryStore } from './libraryStore.ts';

describe('library store', () => {
  it('starts loading, then holds the sample library', () => {
    const store = createLibraryStore();
    expect(store.getSnapshot().status).toBe('loading');
    store.loaded([sampleResolution()]);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', documents: [{ id: 'res900' }] });
  });

  it('adds imported documents and replaces a document with the same ID in place', () => {
    const store = createLibraryStore();
    store.loaded([sampleResolution(), sampleDecision('5')]);
    const newer = { ...sampleResolution(), title: 'A newer copy' };
    const result = store.add([newer, sampleDecision('7')]);
    expect(result).toEqual({ added: ['dec7'], replaced: ['res900'] });
    expect([...store.getSnapshot().importedIds]).toEqual(['res900', 'dec7']);
    expect(store.getSnapshot().documents.map((doc) => [doc.id, doc.title])).toEqual([
      ['res900', 'A newer copy'],
      ['dec5', 'Opening hours of the reading room'],
      ['dec7', 'Opening hours of the reading room'],
    ]);
  });

  it('keeps documents imported before the sample library arrived', () => {
    const store = createLibraryStore();
    store.add([{ ...sampleResolution(), title: 'Imported first' }]);
    store.loaded([sampleResolution(), sampleDecision('5')]);
    expect(store.getSnapshot().documents.map((doc) => doc.title)).toEqual(['Imported first', 'Opening hours of the reading room']);
  });

  it('tells subscribers about every change and stops when they unsubscribe', () => {
    const store = createLibraryStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.loaded([]);
    store.failed('The server could not send the sample library (HTTP 500).');
    unsubscribe();
    store.add([sampleDecision()]);
    expect(calls).toBe(2);
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: 'The server could not send the sample library (HTTP 500).' });
  });
});
