import type { ItuDocument } from '../../core/model/index.ts';
import type { ImportRequest, ImportResponse } from '../../worker/index.ts';

/**
 * Parses one file in a fresh import worker (src/worker/importWorker.ts), reporting how far it got
 * (0 to 1); the worker is ended when it answers. Rejects with the importer's plain-words message on failure.
 */
export function parseInWorker(file: string, bytes: ArrayBuffer, onParsing: (fraction: number) => void): Promise<ItuDocument[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../worker/importWorker.ts', import.meta.url), { type: 'module', name: 'clausewatch-import' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'parsing') {
        onParsing(message.fraction);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.documents);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`${file}: the import stopped unexpectedly (${event.message || 'the import worker failed to start'}). Reload the page and try again.`));
    };
    const request: ImportRequest = { file, bytes };
    worker.postMessage(request, [bytes]);
  });
}
