export { loadSampleLibrary } from './sampleLibrary.ts';
export type { Importer } from './sampleLibrary.ts';
export { loadSampleProposals } from './sampleProposals.ts';
export type { ProposalImporter } from './sampleProposals.ts';
