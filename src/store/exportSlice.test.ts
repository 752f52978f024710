import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore.ts';

describe('export slice', () => {
  it('toggles filter values on and off, dropping a field when its last value goes', () => {
    const store = createAppStore();
    store.getState().toggleExportFilter('categories', 'cybersecurity');
    store.getState().toggleExportFilter('categories', 'ott');
    store.getState().toggleExportFilter('severities', 'high');
    expect(store.getState().exportFilters).toEqual({ categories: ['cybersecurity', 'ott'], severities: ['high'] });
    store.getState().toggleExportFilter('categories', 'cybersecurity');
    store.getState().toggleExportFilter('severities', 'high');
    expect(store.getState().exportFilters).toEqual({ categories: ['ott'] });
    store.getState().clearExportFilters();
    expect(store.getState().exportFilters).toEqual({});
  });

  it('opens and closes the dialog and keeps the chosen format', () => {
    const store = createAppStore();
    store.getState().setExportFormat('csv');
    store.getState().openExport();
    expect(store.getState()).toMatchObject({ exportOpen: true, exportFormat: 'csv' });
    store.getState().closeExport();
    expect(store.getState()).toMatchObject({ exportOpen: false, exportFormat: 'csv' });
  });
});
