import { useCallback } from 'react';
import { appStore, isImporting } from '../../store/index.ts';
import { documentName } from '../common/index.ts';
import { useLibraryStore } from '../library/index.ts';
import type { LibraryStore } from '../library/index.ts';
import { hashFor, navigateTo } from '../routing/index.ts';
import { parseInWorker } from './parseInWorker.ts';
import { readImportFile } from './readImportFile.ts';

/** Imports one file into the library; returns false when it failed (the status says why). */
async function importOne(file: File, library: LibraryStore): Promise<boolean> {
  const { setImportStatus } = appStore.getState();
  try {
    const bytes = await readImportFile(file);
    if (bytes === null) return false;
    const documents = await parseInWorker(file.name, bytes, (fraction) =>
      setImportStatus({ phase: 'parsing', file: file.name, fraction }),
    );
    const { replaced } = library.add(documents);
    setImportStatus({ phase: 'done', file: file.name, documents: documents.map(documentName), replaced });
    navigateTo(hashFor(documents[0].id));
    return true;
  } catch (error) {
    setImportStatus({ phase: 'error', file: file.name, message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/**
 * Returns a function that imports files one after another (stopping at the first failure) and
 * opens the first text of each. Ignored while another import runs.
 */
export function useImporter(): (files: File[]) => Promise<void> {
  const library = useLibraryStore();
  return useCallback(
    async (files: File[]) => {
      if (isImporting(appStore.getState().importStatus)) return;
      for (const file of files) {
        if (!(await importOne(file, library))) return;
      }
    },
    [library],
  );
}
