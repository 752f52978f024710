import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ItuDocument } from '../../src/core/model/index.ts';
import { importFile } from '../../src/core/import/index.ts';
import type { ServerLogger } from '../log.ts';

/** Turns one file's bytes into documents; throws with a plain-words message when it cannot. */
export type Importer = (name: string, bytes: Uint8Array) => Promise<{ documents: ItuDocument[] }>;

interface Candidate {
  doc: ItuDocument;
  file: string;
  /** How many documents the file held: a text's own file is preferred over a compilation. */
  siblings: number;
}

/** The cleaner copy: fewer passages left unplaced, then from a smaller file, then the first file by name. */
function better(a: Candidate, b: Candidate): Candidate {
  if (a.doc.unparsed.length !== b.doc.unparsed.length) return a.doc.unparsed.length < b.doc.unparsed.length ? a : b;
  if (a.siblings !== b.siblings) return a.siblings < b.siblings ? a : b;
  return a.file <= b.file ? a : b;
}

/**
 * Reads the sample library: every `*.txt` in `<fixturesDir>/text`, parsed once. A file that
 * cannot be read or parsed is logged and skipped. When several files hold the same document
 * (a compilation and the text's own file, a clean and a messy copy), the cleanest copy is kept
 * (see `better`) and the others are logged. Never throws for a bad fixture: the server must start.
 */
export async function loadSampleLibrary(
  fixturesDir: string,
  logger: ServerLogger,
  importer: Importer = importFile,
): Promise<ItuDocument[]> {
  const dir = join(fixturesDir, 'text');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    logger.warn({ dir, err: error }, `no sample library: cannot list ${dir}`);
    return [];
  }
  const chosen = new Map<string, Candidate>();
  for (const name of names) {
    let documents: ItuDocument[];
    try {
      const bytes = await readFile(join(dir, name));
      documents = (await importer(name, new Uint8Array(bytes))).documents;
    } catch (error) {
      logger.error({ file: name, err: error }, `skipping sample ${name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const doc of documents) {
      const candidate = { doc, file: name, siblings: documents.length };
      const held = chosen.get(doc.id);
      const kept = held ? better(held, candidate) : candidate;
      if (held) {
        const dropped = kept === held ? candidate : held;
        logger.info({ document: doc.id, kept: kept.file, dropped: dropped.file }, `${doc.id} is in ${held.file} and ${name}; keeping the copy from ${kept.file}`);
      }
      chosen.set(doc.id, kept);
    }
  }
  const documents = [...chosen.values()].map((candidate) => candidate.doc);
  logger.info({ documents: documents.length, files: names.length }, `sample library: ${documents.length} texts from ${names.length} files`);
  return documents;
}
