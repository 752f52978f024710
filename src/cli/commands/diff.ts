import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { baseText, proposalText, redlineMarkdown } from '../../core/diff/index.ts';
import type { ClauseChange, DocumentDiff, Hunk } from '../../core/diff/index.ts';
import { checkSize, ImportError, MAX_FILE_BYTES } from '../../core/import/index.ts';
import type { ItuDocument, ProposalProvenance } from '../../core/model/index.ts';
import { importProposal } from '../../core/proposal/index.ts';
import type { ProposalImport } from '../../core/proposal/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';
import { readImport } from '../readImport.ts';

export const diffUsage = 'clausewatch diff BASE PROPOSAL [--json | --md]   compare a proposal with its base text, clause by clause';

const PROVENANCE: Record<ProposalProvenance, string> = {
  'tracked-changes': 'Changes read from the Word file\'s tracked changes, exactly as marked.',
  blocks: 'Changes read from the MOD / ADD / SUP / NOC blocks of the proposal document; word-level marks computed from its text.',
  computed: 'Changes computed by comparing the plain texts; the proposal carries no revision marks of its own.',
};

/**
 * `clausewatch diff BASE PROPOSAL [--json | --md]`: BASE is any importable text; PROPOSAL a revised
 * text, an ITU proposal document (MOD / ADD / SUP / NOC blocks) or a Word file with tracked
 * changes. --json prints one JSON object, --md an ITU-style redline in Markdown; without either, a
 * short redline of the changed clauses. Errors are one line on stderr, nothing on stdout.
 */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, md: { type: 'boolean' } }, allowPositionals: true });
  if (values.json && values.md) throw new CliError('--json and --md cannot be used together; choose one');
  if (positionals.length !== 2) {
    throw new CliError(`${positionals.length < 2 ? 'give a base text and a proposal' : 'give exactly two files, a base text and a proposal'}; usage: ${diffUsage}`);
  }
  const [basePath, proposalPath] = positionals;
  const bases = await readImport(basePath, io.cwd);
  if (bases.length === 0) throw new CliError(`${basePath}: holds no text to compare with`);
  const bytes = await readBytes(proposalPath, io.cwd);
  const { proposal, diff, notes } = await readProposal(proposalPath, bytes, bases);
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...diff, proposer: proposal.proposer, provenance: proposal.provenance, notes })}\n`);
  } else if (values.md) {
    io.stdout(redlineMarkdown(diff, { note: [PROVENANCE[proposal.provenance], ...notes].join(' ') }));
  } else {
    io.stdout(plainRedline(diff, proposal.provenance, notes));
  }
  return 0;
}

/** Imports the proposal against the base texts; an import error names the path the user typed. */
async function readProposal(path: string, bytes: Uint8Array, bases: ItuDocument[]): Promise<ProposalImport> {
  const name = basename(path);
  try {
    return await importProposal(name, bytes, { base: bases });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    throw new CliError(error.message.startsWith(`${name}:`) ? path + error.message.slice(name.length) : `${path}: ${error.message}`);
  }
}

async function readBytes(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    checkSize(info.size, MAX_FILE_BYTES, path);
    return await readFile(full);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw new CliError(error instanceof Error ? error.message : String(error));
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`${path}: cannot read the file (${why})`);
  }
}

/** One line per changed clause: op, IDs, and the words with [-deleted-] and {+inserted+} marks. */
function plainRedline(diff: DocumentDiff, provenance: ProposalProvenance, notes: string[]): string {
  const s = diff.summary;
  const lines = [
    `${diff.base} → ${diff.proposal}: MOD ${s.MOD}, ADD ${s.ADD}, SUP ${s.SUP}, MOVE ${s.MOVE}, NOC ${s.NOC}`,
    PROVENANCE[provenance],
    ...notes.map((note) => `note: ${note}`),
  ];
  for (const front of diff.front ?? []) if (front.op !== 'NOC') lines.push(`${front.op.padEnd(4)} ${front.field}  ${marks(front.hunks)}`);
  for (const change of diff.changes) if (change.op !== 'NOC') lines.push(describe(change));
  return `${lines.join('\n')}\n`;
}

function describe(change: ClauseChange): string {
  const ids = change.op === 'MOVE' ? `${change.clause} → ${change.to}` : change.clause;
  const text = change.op === 'ADD' ? proposalText(change.hunks) : change.op === 'SUP' ? baseText(change.hunks) : marks(change.hunks);
  return `${change.op.padEnd(4)} ${ids}  ${text}`;
}

const marks = (hunks: readonly Hunk[]): string =>
  hunks.map((h) => (h.type === 'equal' ? h.text : h.type === 'insert' ? `{+${h.text}+}` : `[-${h.text}-]`)).join('');
