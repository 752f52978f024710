/** The import worker: parses a file off the page's thread so a large file does not freeze it. */
import { importFile } from '../core/import/index.ts';
import type { ImportRequest, ImportResponse } from './importProtocol.ts';
import { runImport } from './runImport.ts';

/** The parts of a dedicated worker's global scope used here (the app compiles against the DOM lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { file, bytes } = event.data;
  void runImport(importFile, file, new Uint8Array(bytes), (message) => scope.postMessage(message));
};
