import { describe, expect, it } from 'vitest';
import { ImportError } from '../core/import/index.ts';
import { sampleDecision } from '../ui/testing/sampleDocument.ts';
import type { ImportResponse } from './importProtocol.ts';
import { runImport } from './runImport.ts';

async function messages(importer: Parameters<typeof runImport>[0]): Promise<ImportResponse[]> {
  const out: ImportResponse[] = [];
  await runImport(importer, 'x.txt', new Uint8Array([65]), (message) => out.push(message));
  return out;
}

describe('runImport', () => {
  it('reports progress, then the documents', async () => {
    const doc = sampleDecision();
    const result = await messages(async (_name, _bytes, options) => {
      options.onProgress?.(0.5);
      return { documents: [doc] };
    });
    expect(result).toEqual([
      { type: 'parsing', file: 'x.txt', fraction: 0 },
      { type: 'parsing', file: 'x.txt', fraction: 0.5 },
      { type: 'done', file: 'x.txt', documents: [doc] },
    ]);
  });

  it("passes an ImportError's plain-words message through unchanged", async () => {
    const result = await messages(async () => {
      throw new ImportError('x.txt', 'this is a PDF file, not plain text');
    });
    expect(result[1]).toEqual({ type: 'error', file: 'x.txt', message: 'x.txt: this is a PDF file, not plain text' });
  });

  it('reports a bug as an internal error naming the file', async () => {
    const result = await messages(async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    expect(result[1]).toMatchObject({ type: 'error', message: expect.stringMatching(/^x\.txt: .*internal error \(cannot read properties of undefined\)/) });
  });

  it('treats a file with no text in it as a failure, not an empty success', async () => {
    const result = await messages(async () => ({ documents: [] }));
    expect(result[1]).toMatchObject({ type: 'error', message: expect.stringContaining('no resolution, decision, recommendation') });
  });
});
