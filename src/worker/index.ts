export type { ImportRequest, ImportResponse } from './importProtocol.ts';
export { unexpectedFailure } from './importProtocol.ts';
export { runImport } from './runImport.ts';
export type { FileImporter } from './runImport.ts';
