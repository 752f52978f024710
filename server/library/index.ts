export { loadSampleLibrary } from './sampleLibrary.ts';
export type { Importer } from './sampleLibrary.ts';
