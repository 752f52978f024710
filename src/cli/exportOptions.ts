import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat } from '../core/export/index.ts';
import type { ExportFormat, SummaryFilters } from '../core/export/index.ts';
import { ANNOTATION_KINDS, SEVERITIES, STATUSES, isSdgTarget } from '../core/taxonomy/index.ts';
import type { Term } from '../core/taxonomy/index.ts';
import { CliError } from './CliError.ts';

/** What `clausewatch export` was asked to do, checked. */
export interface ExportOptions {
  /** `--data-dir`, as given (the caller resolves it against DATA_DIR and the working directory). */
  dataDir: string | undefined;
  workspace: string;
  format: ExportFormat;
  /** The filters, before the categories are checked against the workspace's taxonomy. */
  filters: SummaryFilters;
  /** `-o FILE`, or null for stdout. */
  output: string | null;
}

export const EXPORT_USAGE =
  'clausewatch export --workspace NAME --format md|csv|jsonld|docx [--category ID]... [--sdg T] [--severity S] [--status S] [--kind K] [--document ID] [--proposer P] [--conference C] [-o FILE] [--data-dir DIR]';

/** The formats, in the order the usage lists them. */
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

const FILTER_FLAGS = ['category', 'sdg', 'severity', 'status', 'kind', 'document', 'proposer', 'conference'] as const;

/** "a, b or c" */
export function alternatives(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/**
 * Every value of a repeatable flag: `--status open --status agreed` and `--status open,agreed` are
 * the same. `--conference` is not split, since a conference name holds a comma ("Dubai, 2018").
 */
function values(flag: string, given: string[] | undefined, split: boolean): string[] {
  const out: string[] = [];
  for (const value of given ?? []) {
    const parts = (split ? value.split(',') : [value]).map((part) => part.trim());
    if (parts.some((part) => part === '')) throw new CliError(`--${flag} needs a value${value.trim() === '' ? '' : `, not an empty one in "${value}"`}`);
    out.push(...parts);
  }
  return out;
}

/** The values of a flag with a fixed vocabulary, each checked; an unknown one lists the allowed ones. */
function terms<T extends string>(flag: string, given: string[], list: ReadonlyArray<Term<T>>): T[] {
  const allowed = list.map((term) => term.id);
  for (const value of given) {
    if (!(allowed as string[]).includes(value)) throw new CliError(`--${flag}: unknown value "${value}"; use ${alternatives(allowed)}`);
  }
  return given as T[];
}

/** An SDG target (`9.c`) or a whole goal (`9`). */
function sdgValues(given: string[]): string[] {
  for (const value of given) {
    const goal = /^\d+$/.test(value) ? Number(value) : null;
    if (goal !== null ? goal < 1 || goal > 17 : !isSdgTarget(value)) {
      throw new CliError(`--sdg: "${value}" is neither an SDG target (such as 9.c or 16.10) nor a goal from 1 to 17`);
    }
  }
  return given;
}

/** Reads and checks the command line of `clausewatch export`. */
export function parseExportOptions(args: string[]): ExportOptions {
  const { values: flags, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      workspace: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...Object.fromEntries(FILTER_FLAGS.map((flag) => [flag, { type: 'string', multiple: true }])),
    } as Record<string, { type: 'string'; multiple?: boolean; short?: string }>,
  });
  if (positionals.length > 0) throw new CliError(`export takes no file arguments, not "${positionals[0]}"; usage: ${EXPORT_USAGE}`);
  const text = (name: string): string | undefined => flags[name] as string | undefined;
  const list = (name: (typeof FILTER_FLAGS)[number]): string[] => values(name, flags[name] as string[] | undefined, name !== 'conference');

  const workspace = text('workspace');
  if (workspace === undefined) throw new CliError(`--workspace NAME is missing: the workspace to export; usage: ${EXPORT_USAGE}`);
  const format = text('format');
  if (format === undefined) throw new CliError(`--format is missing: choose ${alternatives(FORMATS)}`);
  if (!isExportFormat(format)) throw new CliError(`--format: unknown format "${format}"; choose ${alternatives(FORMATS)}`);
  const output = text('output');
  if (output === '') throw new CliError('-o needs a file name');

  const filters: SummaryFilters = {};
  const categories = list('category');
  if (categories.length > 0) filters.categories = categories;
  const sdgTargets = sdgValues(list('sdg'));
  if (sdgTargets.length > 0) filters.sdgTargets = sdgTargets;
  const severities = terms('severity', list('severity'), SEVERITIES);
  if (severities.length > 0) filters.severities = severities;
  const statuses = terms('status', list('status'), STATUSES);
  if (statuses.length > 0) filters.statuses = statuses;
  const kinds = terms('kind', list('kind'), ANNOTATION_KINDS);
  if (kinds.length > 0) filters.kinds = kinds;
  const documents = list('document');
  if (documents.length > 0) filters.documents = documents;
  const proposers = list('proposer');
  if (proposers.length > 0) filters.proposers = proposers;
  const conferences = list('conference');
  if (conferences.length > 0) filters.conferences = conferences;

  return { dataDir: text('data-dir'), workspace, format, filters, output: output ?? null };
}
