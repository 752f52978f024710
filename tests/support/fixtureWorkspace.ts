/** The fixture workspace the export tests build on: the sample library, its proposals and the demo annotations. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SummaryInput } from '../../src/core/export/index.ts';
import { loadDemoAnnotations, loadSampleLibrary, loadSampleProposals } from '../../server/library/index.ts';
import { memoryLogger } from '../../server/testing/memoryLogger.ts';

/** The project's fixtures folder. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

/**
 * Loads workspace `demo` as the server would seed it: the sample library (`fixtures/text`), the
 * sample proposals against it (with their status) and `fixtures/workspace/annotations.json`.
 * No `generated` date, so every export of it is byte-for-byte reproducible.
 */
export async function loadFixtureWorkspace(): Promise<SummaryInput> {
  const { logger } = memoryLogger();
  const documents = await loadSampleLibrary(FIXTURES, logger);
  const proposals = (await loadSampleProposals(FIXTURES, documents, logger)).map((imported) => imported.proposal);
  const annotations = await loadDemoAnnotations(FIXTURES);
  return { workspace: 'demo', documents, proposals, annotations };
}

/** Where the fixture workspace's files live. */
export const WORKSPACE_FIXTURES = join(FIXTURES, 'workspace');
