export { loadSampleLibrary } from './sampleLibrary.ts';
export type { Importer } from './sampleLibrary.ts';
export { loadSampleProposals } from './sampleProposals.ts';
export type { ProposalImporter } from './sampleProposals.ts';
export { loadDemoAnnotations } from './demoAnnotations.ts';
export { DEMO_WORKSPACE, DEMO_WORKSPACE_NAME, demoReadyLine, demoWorkspaceUpdate, ensureDemoWorkspace, prepareDemoWorkspace, storeDemoWorkspace } from './demoWorkspace.ts';
export type { DemoContent, EnsureDemoOptions, PreparedDemo } from './demoWorkspace.ts';
