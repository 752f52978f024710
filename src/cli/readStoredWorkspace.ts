import { readAnnotations, readLibrary, readProposals } from '../collab/index.ts';
import type { ReadProblem } from '../collab/index.ts';
import type { SummaryInput } from '../core/export/index.ts';
import type { Taxonomy } from '../core/taxonomy/index.ts';
import { libraryTaxonomy } from '../core/taxonomy/index.ts';
import { DataDirError, SqliteStorage, WorkspaceLoadError, loadWorkspaceDoc, openDatabaseReadOnly } from '../../server/storage/index.ts';
import { CliError } from './CliError.ts';
import { alternatives } from './exportOptions.ts';

/** A workspace as stored in a data directory, ready to summarise. */
export interface StoredWorkspace {
  /** Named by the workspace's name (`demo`), as in its links and the CLI. */
  input: SummaryInput & { taxonomy: Taxonomy };
  /** Records that could not be read and are left out, with the reason (e.g. "annotation ann-1: …"). */
  problems: string[];
}

const describe = (what: string, problems: ReadProblem[]): string[] => problems.map((p) => `${what} ${p.key}: ${p.reason}`);

/**
 * Reads a workspace straight from the server's SQLite storage in `dataDir`, read-only (it works
 * while the server runs: a reader sees the last committed state): the stored updates into a Y.Doc,
 * then the library, proposals, annotations and settings through the collaboration readers.
 * Errors (CliError) name the data directory or file, or list the workspaces there.
 */
export function readStoredWorkspace(dataDir: string, workspace: string): StoredWorkspace {
  let db;
  try {
    db = openDatabaseReadOnly(dataDir);
  } catch (error) {
    if (error instanceof DataDirError) throw new CliError(error.message);
    throw error;
  }
  try {
    const storage = new SqliteStorage(db);
    let names: string[];
    try {
      names = storage.listWorkspaces();
    } catch (error) {
      throw new CliError(`${db.name}: cannot read the workspaces: ${(error as Error).message}`);
    }
    if (!names.includes(workspace)) {
      throw new CliError(
        `--workspace: there is no workspace "${workspace}" in ${dataDir}; ${names.length === 0 ? 'it holds no workspaces yet' : `it holds ${alternatives(names.map((name) => `"${name}"`))}`}`,
      );
    }
    let doc;
    try {
      doc = loadWorkspaceDoc(storage, workspace);
    } catch (error) {
      if (error instanceof WorkspaceLoadError) throw new CliError(`${db.name}: ${error.message}`);
      throw error;
    }
    try {
      const library = readLibrary(doc);
      const documents = library.entries.map((entry) => entry.document);
      const proposals = readProposals(doc);
      const taxonomy = libraryTaxonomy(documents);
      const annotations = readAnnotations(doc, taxonomy);
      return {
        input: { workspace, documents, proposals: proposals.proposals, annotations: annotations.annotations, taxonomy },
        problems: [...describe('text', library.problems), ...describe('proposal', proposals.problems), ...describe('annotation', annotations.problems)],
      };
    } finally {
      doc.destroy();
    }
  } finally {
    db.close();
  }
}
