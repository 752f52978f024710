import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ItuDocument } from '../../src/core/model/index.ts';
import { importProposal } from '../../src/core/proposal/index.ts';
import type { ProposalImport } from '../../src/core/proposal/index.ts';
import type { ServerLogger } from '../log.ts';

/** What a sample's entry in `proposals/samples.json` may declare: a revised text does not say who proposed it. */
export interface SampleDeclaration {
  /** The proposal reference, e.g. "ARB/21A15/1" (its proposer and source document follow from it). */
  id?: string;
  proposer?: string;
}

/** Imports one proposal file against the library (the proposal names its base). */
export type ProposalImporter = (name: string, bytes: Uint8Array, library: readonly ItuDocument[], declared?: SampleDeclaration) => Promise<ProposalImport>;

const defaultImporter: ProposalImporter = (name, bytes, library, declared = {}) => importProposal(name, bytes, { base: library, ...declared });

/** Reads `proposals/samples.json` (file name → declaration); a missing file declares nothing. */
async function readDeclarations(dir: string, logger: ServerLogger): Promise<Record<string, SampleDeclaration>> {
  let text: string;
  try {
    text = await readFile(join(dir, 'samples.json'), 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as Record<string, SampleDeclaration>;
  } catch (error) {
    logger.error({ err: error }, `ignoring ${join(dir, 'samples.json')}: not valid JSON`);
    return {};
  }
}

/** Proposal files: ITU proposal documents as text or Word, revised texts as text, Word or Akoma Ntoso. */
const PROPOSAL_FILE = /\.(txt|docx|xml|akn)$/i;

/**
 * Reads the sample proposals: every proposal file in `<fixturesDir>/proposals`, imported once
 * against the sample library. A file that cannot be read or imported is logged and skipped; a
 * proposal ID met twice keeps the first file (by name). Never throws: the server must start.
 */
export async function loadSampleProposals(
  fixturesDir: string,
  library: readonly ItuDocument[],
  logger: ServerLogger,
  importer: ProposalImporter = defaultImporter,
): Promise<ProposalImport[]> {
  const dir = join(fixturesDir, 'proposals');
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && PROPOSAL_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    logger.warn({ dir, err: error }, `no sample proposals: cannot list ${dir}`);
    return [];
  }
  if (library.length === 0) {
    logger.warn({ dir }, 'no sample proposals: the sample library is empty, so they have no base text');
    return [];
  }
  const declarations = await readDeclarations(dir, logger);
  const out = new Map<string, ProposalImport>();
  for (const name of names) {
    try {
      const imported = await importer(name, new Uint8Array(await readFile(join(dir, name))), library, declarations[name]);
      const { id } = imported.proposal;
      if (out.has(id)) {
        logger.warn({ file: name, proposal: id }, `skipping sample proposal ${name}: proposal ${id} was already read from another file`);
        continue;
      }
      out.set(id, imported);
      for (const note of imported.notes) logger.info({ file: name, proposal: id }, `${name}: ${note}`);
    } catch (error) {
      logger.error({ file: name, err: error }, `skipping sample proposal ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  logger.info({ proposals: out.size, files: names.length }, `sample proposals: ${out.size} from ${names.length} files`);
  return [...out.values()];
}
