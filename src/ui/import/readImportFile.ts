// The limit and its wording alone, not the import index: that would pull the Word reader into the
// page's bundle (the importers run in the worker or load on first use).
import { formatLimit, formatSize } from '../../core/import/formatSize.ts';
import { MAX_FILE_BYTES } from '../../core/import/limits.ts';
import { appStore } from '../../store/index.ts';
import { readFileWithProgress } from './readFileWithProgress.ts';

/**
 * Reads a dropped or picked file for import, showing its progress; null when it is over the size
 * limit (the status then says so, in the importers' own words). Refused before reading: loading
 * hundreds of MB into the tab only to refuse them would freeze it.
 */
export async function readImportFile(file: File): Promise<ArrayBuffer | null> {
  const { setImportStatus } = appStore.getState();
  if (file.size > MAX_FILE_BYTES) {
    setImportStatus({ phase: 'error', file: file.name, message: `${file.name}: the file is ${formatSize(file.size)}; the limit is ${formatLimit(MAX_FILE_BYTES)}` });
    return null;
  }
  setImportStatus({ phase: 'reading', file: file.name, loaded: 0, total: file.size });
  return readFileWithProgress(file, (loaded, total) => setImportStatus({ phase: 'reading', file: file.name, loaded, total }));
}
