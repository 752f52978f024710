import { parseArgs } from 'node:util';
import type { ItuDocument } from '../../core/model/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';
import { outline } from '../outline.ts';
import { readImport } from '../readImport.ts';

export const parseUsage = 'clausewatch parse FILE... [--json]   parse .txt, .docx or Akoma Ntoso .xml files';

/**
 * `clausewatch parse FILE... [--json]`: with --json exactly one JSON object `{"documents":[...]}`;
 * otherwise an outline. All files or nothing: on the first bad file, nothing is printed to stdout.
 */
export async function parseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new CliError(`no file given; usage: ${parseUsage}`);
  const documents: ItuDocument[] = [];
  for (const path of positionals) documents.push(...(await readImport(path, io.cwd)));
  io.stdout(values.json ? `${JSON.stringify({ documents })}\n` : outline(documents));
  return 0;
}
