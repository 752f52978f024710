import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItuDocument, Proposal } from '../../src/core/model/index.ts';
import type { ProposalImport } from '../../src/core/proposal/index.ts';
import { memoryLogger } from '../testing/memoryLogger.ts';
import { loadSampleProposals } from './sampleProposals.ts';
import type { ProposalImporter } from './sampleProposals.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clausewatch-proposals-'));
  mkdirSync(join(root, 'proposals'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const base = { id: 'res1', type: 'resolution', number: '1', revision: '', conference: '', titleLine: '', title: '', preamble: '', sections: [], footnotes: [], unparsed: [] } as ItuDocument;

/** A proposal whose ID is the file's content; "bad" fails to import. */
const fromContent: ProposalImporter = async (name, bytes, library) => {
  const id = new TextDecoder().decode(bytes);
  if (id === 'bad') throw new Error(`${name}: none of its proposals revises the base text`);
  const proposal: Proposal = {
    id, proposer: 'EUR', proposers: ['EUR'], sourceDocument: '', base: { documentId: library[0].id, revision: '' },
    operations: [], reasons: '', status: 'submitted', provenance: 'blocks', document: library[0],
  };
  return { proposal, diff: { base: library[0].id, proposal: id, changes: [], summary: { MOD: 0, ADD: 0, SUP: 0, MOVE: 0, NOC: 0 } }, notes: ['a note'] } satisfies ProposalImport;
};

function files(contents: Record<string, string>): void {
  for (const [name, content] of Object.entries(contents)) writeFileSync(join(root, 'proposals', name), content);
}

describe('loadSampleProposals', () => {
  it('imports every proposal file by name, skipping and logging one that fails', async () => {
    files({ 'b.txt': 'EUR/44A7/1', 'a.docx': 'ARB/21A1/1', 'c.txt': 'bad', 'readme.md': 'USA/1/1' });
    const { logger, lines } = memoryLogger();
    const proposals = await loadSampleProposals(root, [base], logger, fromContent);
    expect(proposals.map((p) => p.proposal.id)).toEqual(['ARB/21A1/1', 'EUR/44A7/1']);
    expect(lines.find((line) => line.file === 'c.txt')?.msg).toBe('skipping sample proposal c.txt: c.txt: none of its proposals revises the base text');
    expect(lines.some((line) => line.msg === 'b.txt: a note')).toBe(true);
  });

  it('keeps the first file for a proposal ID met twice', async () => {
    files({ 'a.txt': 'EUR/44A7/1', 'b.txt': 'EUR/44A7/1' });
    const { logger, lines } = memoryLogger();
    expect(await loadSampleProposals(root, [base], logger, fromContent)).toHaveLength(1);
    expect(lines.some((line) => line.file === 'b.txt' && /already read/.test(line.msg))).toBe(true);
  });

  it('has none when the folder or the library is missing', async () => {
    const { logger } = memoryLogger();
    expect(await loadSampleProposals(join(root, 'nowhere'), [base], logger, fromContent)).toEqual([]);
    files({ 'a.txt': 'EUR/44A7/1' });
    expect(await loadSampleProposals(root, [], logger, fromContent)).toEqual([]);
  });

  it('reads the committed sample proposals against the sample library', async () => {
    const { loadSampleLibrary } = await import('./sampleLibrary.ts');
    const fixtures = join(import.meta.dirname, '../../fixtures');
    const { logger } = memoryLogger();
    const library = await loadSampleLibrary(fixtures, logger);
    const proposals = await loadSampleProposals(fixtures, library, logger);
    expect(proposals.length).toBeGreaterThan(0);
    for (const { proposal } of proposals) expect(library.some((doc) => doc.id === proposal.base.documentId), proposal.id).toBe(true);
    // samples.json declares who proposed the revised text, which does not say it itself.
    const arab = proposals.find(({ proposal }) => proposal.id === 'ARB/21A15/1');
    expect(arab?.proposal).toMatchObject({ proposer: 'ARB', sourceDocument: 'Addendum 15 to Document 21', provenance: 'computed' });
  });
});
