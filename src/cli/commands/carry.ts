import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Anchorer } from '../../core/anchoring/index.ts';
import type { Anchor } from '../../core/anchoring/index.ts';
import { MAX_FILE_BYTES, checkSize } from '../../core/import/index.ts';
import type { ItuDocument } from '../../core/model/index.ts';
import type { FieldError } from '../../core/taxonomy/index.ts';
import { readWebAnnotations } from '../../core/webAnnotation/index.ts';
import type { ReadAnnotation } from '../../core/webAnnotation/index.ts';
import { CliError } from '../CliError.ts';
import type { CliIo } from '../io.ts';
import { readImport } from '../readImport.ts';

export const carryUsage = 'clausewatch carry ANNOTATIONS.json --from OLD --to NEW [--json]   carry W3C Web Annotations to a new version of a text';

/** One line naming the file and the first problem (and how many more there are). */
function annotationError(path: string, errors: readonly FieldError[]): CliError {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return new CliError(`${path}: ${first.field ? `${first.field}: ` : ''}${first.message}${more}`);
}

/** Reads and checks a Web Annotation file; every failure names the file (and the field). */
async function readAnnotations(path: string, cwd: string): Promise<ReadAnnotation[]> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    checkSize(info.size, MAX_FILE_BYTES, path);
    text = await readFile(full, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw new CliError((error as Error).message);
    throw new CliError(`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${path}: is not valid JSON (${(error as Error).message}); expected W3C Web Annotations`);
  }
  const read = readWebAnnotations(json);
  if (!read.ok) throw annotationError(path, read.errors);
  return read.value;
}

/** The document an annotation's clause belongs to, in the old and the new version. */
function pairFor(clause: string, from: readonly ItuDocument[], to: readonly ItuDocument[], paths: { annotations: string; field: string; from: string; to: string }): [ItuDocument, ItuDocument] {
  const id = clause.split('/')[0];
  const old = from.find((doc) => doc.id === id);
  if (!old) {
    const held = from.map((doc) => doc.id).join(', ') || 'no document';
    throw new CliError(`${paths.annotations}: ${paths.field}: the clause "${clause}" is in document "${id}", but ${paths.from} holds ${held}`);
  }
  // A single new text is the new version whatever its ID (a draft may carry a temporary number).
  const next = to.find((doc) => doc.id === id) ?? (from.length === 1 && to.length === 1 ? to[0] : undefined);
  if (!next) throw new CliError(`${paths.to}: has no document "${id}" to carry the annotations of ${paths.from} to`);
  return [old, next];
}

function readable(results: ReadonlyArray<{ id: string; anchor: Anchor; from: string }>): string {
  const lines = results.map(({ id, anchor, from }) => `${anchor.state.padEnd(8)}  ${from} → ${anchor.clause ?? '(orphaned)'}  ${id}  ${anchor.reason}`);
  const count = (state: string): number => results.filter((r) => r.anchor.state === state).length;
  lines.push('', `${results.length} annotations: ${count('exact')} exact, ${count('moved')} moved, ${count('fuzzy')} fuzzy, ${count('orphaned')} orphaned`, '');
  return lines.join('\n');
}

/**
 * `clausewatch carry ANNOTATIONS.json --from OLD --to NEW [--json]`: re-anchors each annotation
 * (not the replies, which follow their annotation) made on OLD onto NEW. With --json exactly one
 * JSON object `{"annotations":[{"id","state","clause","from"}]}`, in the order of the file.
 */
export async function carryCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliError(`${positionals.length === 0 ? 'no annotation file given' : 'give one annotation file'}; usage: ${carryUsage}`);
  if (!values.from) throw new CliError(`--from is missing: the text the annotations were made on; usage: ${carryUsage}`);
  if (!values.to) throw new CliError(`--to is missing: the new version to carry them to; usage: ${carryUsage}`);
  const [path] = positionals;
  const annotations = await readAnnotations(path, io.cwd);
  const from = await readImport(values.from, io.cwd);
  const to = await readImport(values.to, io.cwd);
  const anchorers = new Map<string, Anchorer>();
  const results = annotations
    .filter((a) => a.target !== null)
    .map((a) => {
      const target = a.target!;
      const [old, next] = pairFor(target.clause, from, to, { annotations: path, field: `${a.field ? `${a.field}.` : ''}target`, from: values.from!, to: values.to! });
      const key = `${old.id}\u0000${next.id}`;
      if (!anchorers.has(key)) anchorers.set(key, new Anchorer(next, { previous: old }));
      return { id: a.iri, anchor: anchorers.get(key)!.anchor(target), from: target.clause };
    });
  const json = { annotations: results.map(({ id, anchor, from }) => ({ id, state: anchor.state, clause: anchor.clause, from })) };
  io.stdout(values.json ? `${JSON.stringify(json)}\n` : readable(results));
  return 0;
}
