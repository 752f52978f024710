import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnotations, readLibrary, readProposals, readSettings, seedLibrary } from '../../src/collab/index.ts';
import type { ItuDocument, Proposal } from '../../src/core/model/index.ts';
import { MemoryTokenStore } from '../auth/index.ts';
import { MemoryStorage, loadWorkspaceDoc } from '../storage/index.ts';
import { memoryLogger } from '../testing/memoryLogger.ts';
import { DEMO_WORKSPACE, DEMO_WORKSPACE_NAME, demoReadyLine, demoWorkspaceUpdate, ensureDemoWorkspace } from './demoWorkspace.ts';
import { libraryTaxonomy } from '../../src/core/taxonomy/index.ts';
import { loadDemoAnnotations } from './demoAnnotations.ts';
import { loadSampleLibrary } from './sampleLibrary.ts';
import { loadSampleProposals } from './sampleProposals.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
let documents: ItuDocument[];
let proposals: Proposal[];
const scratch = mkdtempSync(join(tmpdir(), 'clausewatch-demo-'));

beforeAll(async () => {
  const { logger } = memoryLogger();
  documents = await loadSampleLibrary(FIXTURES, logger);
  proposals = (await loadSampleProposals(FIXTURES, documents, logger)).map((imported) => imported.proposal);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const options = (storage = new MemoryStorage(), tokens = new MemoryTokenStore(), fixturesDir = FIXTURES) => {
  const { logger, lines } = memoryLogger();
  return { storage, tokens, fixturesDir, documents, proposals, logger, lines, at: '2026-11-28T12:00:00.000Z' };
};

describe('demoWorkspaceUpdate', () => {
  it('holds the seeded library, the proposals with several statuses, the annotations and the name, in one update', async () => {
    const annotations = await loadDemoAnnotations(FIXTURES, libraryTaxonomy(documents));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, demoWorkspaceUpdate({ documents, proposals, annotations }, '2026-11-28T12:00:00.000Z'));
    expect(readLibrary(doc).entries.map((entry) => entry.document.id).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(readSettings(doc)).toEqual({ name: DEMO_WORKSPACE_NAME, librarySeededAt: '2026-11-28T12:00:00.000Z' });
    // An editor's client opening it never seeds the library again.
    expect(seedLibrary(doc, documents, { by: 'Ana' })).toEqual([]);
    const stored = readProposals(doc).proposals;
    expect(stored.map((p) => p.id).sort()).toEqual(proposals.map((p) => p.id).sort());
    expect(new Set(stored.map((p) => p.status)).size).toBeGreaterThanOrEqual(Math.min(2, proposals.length));
    expect(readAnnotations(doc, libraryTaxonomy(documents))).toEqual({ annotations: [...annotations].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)), problems: [] });
  });
});

describe('ensureDemoWorkspace', () => {
  it('creates workspace demo in one stored update, with an editor token, on an empty storage only', async () => {
    const given = options();
    const created = await ensureDemoWorkspace(given);
    expect(created).not.toBeNull();
    expect(given.storage.listWorkspaces()).toEqual([DEMO_WORKSPACE]);
    expect(given.storage.load(DEMO_WORKSPACE).entries).toHaveLength(1);
    expect(given.tokens.verify(created!.token)).toMatchObject({ workspace: DEMO_WORKSPACE, role: 'editor' });
    expect(readAnnotations(loadWorkspaceDoc(given.storage, DEMO_WORKSPACE), libraryTaxonomy(documents)).annotations.length).toBeGreaterThanOrEqual(12);
    expect(demoReadyLine('http://127.0.0.1:8080', created!.token)).toBe(`Demo workspace ready: http://127.0.0.1:8080/?workspace=demo#token=${created!.token}&role=editor`);

    // Again on the same storage: nothing new.
    expect(await ensureDemoWorkspace(given)).toBeNull();
    expect(given.storage.load(DEMO_WORKSPACE).entries).toHaveLength(1);
    expect(given.tokens.list(DEMO_WORKSPACE)).toHaveLength(1);
  });

  it('leaves a storage that holds another workspace alone', async () => {
    const given = options();
    given.storage.append('team', [Y.encodeStateAsUpdate(new Y.Doc())]);
    expect(await ensureDemoWorkspace(given)).toBeNull();
    expect(given.storage.listWorkspaces()).toEqual(['team']);
    expect(given.tokens.list(DEMO_WORKSPACE)).toEqual([]);
  });

  it('logs a bad demo fixture, naming the file and the field, and stores nothing', async () => {
    // The library and proposals are given; only the annotations are read from the folder.
    const fixtures = join(scratch, 'bad');
    mkdirSync(join(fixtures, 'workspace'), { recursive: true });
    writeFileSync(join(fixtures, 'workspace', 'annotations.json'), JSON.stringify([{ id: 'x', kind: 'risk' }]));
    const given = options(undefined, undefined, fixtures);
    expect(await ensureDemoWorkspace(given)).toBeNull();
    expect(given.storage.listWorkspaces()).toEqual([]);
    const error = given.lines.find((line) => line.level === 50);
    expect(error?.msg).toMatch(/^no demo workspace: .*annotations\.json: \[0\]\./);
  });

  it('makes no demo without a sample library', async () => {
    const given = { ...options(), documents: [] };
    expect(await ensureDemoWorkspace(given)).toBeNull();
    expect(given.storage.listWorkspaces()).toEqual([]);
    expect(given.lines.some((line) => line.msg === 'no demo workspace: the sample library is empty')).toBe(true);
  });
});
