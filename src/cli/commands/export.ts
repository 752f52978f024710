import { resolve } from 'node:path';
import { buildSummary, exportSummary } from '../../core/export/index.ts';
import { resolveDataDir } from '../../../server/storage/index.ts';
import { CliError } from '../CliError.ts';
import { alternatives, parseExportOptions } from '../exportOptions.ts';
import type { CliIo } from '../io.ts';
import { readStoredWorkspace } from '../readStoredWorkspace.ts';
import { writeFileAtomic } from '../writeFileAtomic.ts';

/**
 * `clausewatch export`: a workspace's risk summary as a brief (Markdown, CSV, JSON-LD or Word),
 * read straight from the server's data directory, read-only, with or without the server running.
 * With `-o FILE` the file is written whole or not at all; without it the export goes to stdout
 * (a Word file only when stdout is not a terminal).
 */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseExportOptions(args);
  if (options.format === 'docx' && options.output === null && (io.stdoutIsTTY === true || io.stdoutBytes === undefined)) {
    throw new CliError('--format docx writes a Word file, which a terminal cannot show: pass -o FILE (or redirect the output to a file)');
  }
  const dataDir = resolveDataDir(options.dataDir, io.env, io.cwd);
  const { input, problems } = readStoredWorkspace(dataDir, options.workspace);

  const known = input.taxonomy.categories.map((category) => category.id);
  const unknown = options.filters.categories?.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new CliError(`--category: unknown category "${unknown}"; use ${alternatives(known)}`);

  const summary = buildSummary(input, options.filters);
  const bytes = await exportSummary(summary, options.format);

  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    io.stderr(`clausewatch: warning: left out what could not be read in workspace "${options.workspace}": ${problems[0]}${more}\n`);
  }
  if (options.output !== null) {
    const path = resolve(io.cwd, options.output);
    await writeFileAtomic(path, bytes);
    io.stdout(`Wrote ${summary.entries.length} ${summary.entries.length === 1 ? 'annotation' : 'annotations'} of workspace "${options.workspace}" to ${path}\n`);
  } else if (io.stdoutBytes) {
    io.stdoutBytes(bytes);
  } else {
    io.stdout(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  }
  return 0;
}
