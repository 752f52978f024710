import { parseArgs } from 'node:util';
import type { ItuDocument } from '../../core/model/index.ts';
import { Suggester } from '../../core/suggest/index.ts';
import type { DocumentSuggestions } from '../../core/suggest/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';
import { readImport } from '../readImport.ts';

export const suggestUsage = 'clausewatch suggest FILE... [--json]   suggest risk categories per clause, with the words that matched';

/** The public JSON shape: clause, then per category its ID, the matched terms and the score. */
function contract(result: DocumentSuggestions): object {
  return {
    id: result.id,
    suggestions: result.suggestions.map((s) => ({
      clause: s.clause,
      categories: s.categories.map((c) => ({ category: c.category, terms: c.terms, score: c.score })),
    })),
  };
}

function readable(results: readonly DocumentSuggestions[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.id}: ${result.suggestions.length} clause${result.suggestions.length === 1 ? '' : 's'} with suggestions`);
    for (const s of result.suggestions) {
      const tags = s.categories.map((c) => `${c.category} ${c.score} (${c.terms.join(', ')})`).join('; ');
      lines.push(`  ${s.clause}  ${tags}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * `clausewatch suggest FILE... [--json]`: the suggester's categories for every clause that has
 * any, with the terms that matched. With --json exactly one JSON object `{"documents":[...]}`.
 * All files or nothing: on the first bad file, nothing is printed to stdout.
 */
export async function suggestCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length === 0) throw new CliError(`no file given; usage: ${suggestUsage}`);
  const documents: ItuDocument[] = [];
  for (const path of positionals) documents.push(...(await readImport(path, io.cwd)));
  const suggester = new Suggester();
  const results = documents.map((doc) => suggester.suggestDocument(doc));
  io.stdout(values.json ? `${JSON.stringify({ documents: results.map(contract) })}\n` : readable(results));
  return 0;
}
