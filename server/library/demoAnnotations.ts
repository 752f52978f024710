import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../src/core/model/index.ts';
import { DEFAULT_TAXONOMY, describeErrors, validateAnnotation } from '../../src/core/taxonomy/index.ts';
import type { Taxonomy } from '../../src/core/taxonomy/index.ts';

/**
 * Reads the demo workspace's annotations: `<fixturesDir>/workspace/annotations.json`, a JSON list
 * of Annotation records. Every record is checked with the taxonomy's validateAnnotation; a file
 * that cannot be read, is not JSON, is not a list, holds a bad record or repeats an ID throws an
 * Error naming the file and the field (`annotations.json: [3].target.clause: expected …`).
 */
export async function loadDemoAnnotations(fixturesDir: string, taxonomy: Taxonomy = DEFAULT_TAXONOMY): Promise<Annotation[]> {
  const file = join(fixturesDir, 'workspace', 'annotations.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the demo annotations (${error instanceof Error ? error.message : String(error)})`);
  }
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(records)) throw new Error(`${file}: expected a list of annotations, got ${records === null ? 'null' : typeof records}`);
  const seen = new Set<string>();
  return records.map((record, i) => {
    const result = validateAnnotation(record, taxonomy, `[${i}]`);
    if (!result.ok) throw new Error(`${file}: ${describeErrors(result.errors)}`);
    if (seen.has(result.value.id)) throw new Error(`${file}: [${i}].id: the annotation ID "${result.value.id}" is used twice`);
    seen.add(result.value.id);
    return result.value;
  });
}
