import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItuDocument } from '../../src/core/model/index.ts';
import { memoryLogger } from '../testing/memoryLogger.ts';
import { loadSampleLibrary } from './sampleLibrary.ts';
import type { Importer } from './sampleLibrary.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clausewatch-samples-'));
  mkdirSync(join(root, 'text'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A document whose shape is given by the file's content: "id:unparsed,id:unparsed". */
function doc(id: string, unparsed: number, file: string): ItuDocument {
  return {
    id, type: 'resolution', number: id, revision: '', conference: '', titleLine: '', title: file, preamble: '',
    sections: [], footnotes: [], unparsed: Array.from({ length: unparsed }, () => ({ text: '?', reason: 'test' })),
  };
}
const fromContent: Importer = async (name, bytes) => {
  const content = new TextDecoder().decode(bytes);
  if (content === 'bad') throw new Error(`${name}: not an ITU text`);
  return { documents: content.split(',').map((part) => doc(part.split(':')[0], Number(part.split(':')[1]), name)) };
};

function samples(files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'text', name), content);
}

describe('loadSampleLibrary', () => {
  it('keeps the cleanest copy of a text found in several files', async () => {
    samples({
      'a-compilation.txt': 'r1:1,r2:0,r3:0',
      'r1-messy.txt': 'r1:9',
      'r1.txt': 'r1:0',
      'r2.txt': 'r2:0',
    });
    const { logger, lines } = memoryLogger();
    const documents = await loadSampleLibrary(root, logger, fromContent);
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['r1', 'r1.txt'],
      ['r2', 'r2.txt'],
      ['r3', 'a-compilation.txt'],
    ]);
    expect(lines.some((line) => line.msg === 'r1 is in a-compilation.txt and r1.txt; keeping the copy from r1.txt')).toBe(true);
  });

  it('skips and logs a file that fails, and reads only .txt files', async () => {
    samples({ 'bad.txt': 'bad', 'good.txt': 'g1:0', 'readme.md': 'x:0' });
    const { logger, lines } = memoryLogger();
    const documents = await loadSampleLibrary(root, logger, fromContent);
    expect(documents.map((d) => d.id)).toEqual(['g1']);
    expect(lines.find((line) => line.file === 'bad.txt')?.msg).toBe('skipping sample bad.txt: bad.txt: not an ITU text');
  });

  it('starts with an empty library when the folder is missing', async () => {
    const { logger, lines } = memoryLogger();
    expect(await loadSampleLibrary(join(root, 'nowhere'), logger, fromContent)).toEqual([]);
    expect(lines[0].msg).toMatch(/^no sample library: cannot list /);
  });
});
