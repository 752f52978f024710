import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addToLibrary, isReadProblem, libraryEntryFromYjs, libraryEntryToYjs, readLibrary, seedLibrary } from './library.ts';
import { isOrigin } from './origins.ts';
import { workspaceRoots } from './schema.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleResolution } from './testing/sampleTexts.ts';

const AT = '2026-11-28T09:00:00.000Z';

describe('library entries', () => {
  it('round-trip a document through the workspace unchanged', () => {
    const doc = new Y.Doc();
    const text = sampleResolution();
    addToLibrary(doc, [text], { by: 'Ana', at: AT });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const { entries, problems } = readLibrary(copy);
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ document: text, origin: 'import', addedBy: 'Ana', addedAt: AT }]);
  });

  it('store plain JSON, unshared with the caller: changing the original later changes nothing', () => {
    const text = sampleResolution();
    const entry = libraryEntryToYjs(text, 'sample', { by: '', at: AT });
    text.sections[0].clauses[0].text = 'changed afterwards';
    expect(entry.document.sections[0].clauses[0].text).not.toBe('changed afterwards');
  });

  it('skip, with a reason, values that are not readable texts, and never throw on them', () => {
    const doc = new Y.Doc();
    const library = workspaceRoots(doc).library;
    library.set('res1', 'just a string');
    library.set('res2', { document: { id: 'res2', type: 'resolution', number: '2', revision: '', title: '', titleLine: '', sections: [{ id: 'x', heading: 'h', part: 'middle', clauses: [] }] } });
    library.set('res3', { document: { ...sampleResolution('3'), id: 'res4' } });
    library.set('res5', { document: { ...sampleResolution('5'), sections: [{ id: 's', heading: 'h', part: 'operative', clauses: [{ id: 'c', label: '1' }] }] } });
    library.set('res6', libraryEntryToYjs(sampleResolution('6'), 'sample', { by: '', at: AT }));
    const { entries, problems } = readLibrary(doc);
    expect(entries.map((entry) => entry.document.id)).toEqual(['res6']);
    expect(problems.map((problem) => problem.key).sort()).toEqual(['res1', 'res2', 'res3', 'res5']);
    expect(problems.find((problem) => problem.key === 'res3')?.reason).toContain('res4');
    expect(isReadProblem(libraryEntryFromYjs('x', null))).toBe(true);
  });

  it('fill in optional lists a reader relies on when an older client left them out', () => {
    const { footnotes: _f, unparsed: _u, ...bare } = sampleResolution();
    const read = libraryEntryFromYjs('res901', { document: bare });
    expect(isReadProblem(read)).toBe(false);
    if (!isReadProblem(read)) expect(read.document).toMatchObject({ footnotes: [], unparsed: [] });
  });

  it('replace a text imported again under the same ID, in place, and say so', () => {
    const doc = new Y.Doc();
    expect(addToLibrary(doc, [sampleResolution()], { by: 'Ana', at: AT })).toEqual({ added: ['res901'], replaced: [] });
    const newer = { ...sampleResolution(), title: 'Newer copy' };
    expect(addToLibrary(doc, [newer, sampleResolution('902')], { by: 'Ben', at: AT })).toEqual({ added: ['res902'], replaced: ['res901'] });
    expect(readLibrary(doc).entries.map((entry) => [entry.document.id, entry.document.title, entry.addedBy])).toEqual([
      ['res901', 'Newer copy', 'Ben'],
      ['res902', 'Shared reading rooms for delegations', 'Ben'],
    ]);
  });

  it('tag imports with their origin', () => {
    const doc = new Y.Doc();
    const kinds: boolean[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => kinds.push(isOrigin(transaction.origin, 'import-documents')));
    addToLibrary(doc, [sampleResolution()], { by: 'Ana' });
    expect(kinds).toEqual([true]);
  });
});

describe('seeding the sample library', () => {
  const samples = [sampleResolution('901'), sampleResolution('902'), sampleResolution('903')];

  it('happens once in a workspace life, and leaves texts already there alone', () => {
    const doc = new Y.Doc();
    addToLibrary(doc, [{ ...sampleResolution('902'), title: 'Team copy' }], { by: 'Ana', at: AT });
    expect(seedLibrary(doc, samples, { by: 'Ana', at: AT })).toEqual(['res901', 'res903']);
    expect(seedLibrary(doc, samples, { by: 'Ana', at: AT })).toEqual([]);
    workspaceRoots(doc).library.delete('res901');
    expect(seedLibrary(doc, samples, { by: 'Ben', at: AT })).toEqual([]);
    const titles = Object.fromEntries(readLibrary(doc).entries.map((entry) => [entry.document.id, [entry.document.title, entry.origin]]));
    expect(titles).toEqual({ res902: ['Team copy', 'import'], res903: ['Shared reading rooms for delegations', 'sample'] });
  });

  it('by two clients at once converges to one copy of each text', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(seedLibrary(a, samples, { by: 'Ana', at: AT })).toHaveLength(3);
    expect(seedLibrary(b, samples, { by: 'Ben', at: AT })).toHaveLength(3);
    syncAll(a, b);
    for (const doc of [a, b]) {
      const { entries } = readLibrary(doc);
      expect(entries.map((entry) => entry.document.id).sort()).toEqual(['res901', 'res902', 'res903']);
      expect(workspaceRoots(doc).library.size).toBe(3);
    }
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
    // A third client joining afterwards finds the workspace seeded and adds nothing.
    const c = new Y.Doc();
    syncAll(a, c);
    expect(seedLibrary(c, samples, { by: 'Cleo', at: AT })).toEqual([]);
  });
});

describe('reading the library with a cache', () => {
  it('returns the same object for an unchanged entry and a new one for a replaced entry', () => {
    const doc = new Y.Doc();
    addToLibrary(doc, [sampleResolution('901'), sampleResolution('902')], { by: 'Ana', at: AT });
    const cache = new WeakMap();
    const first = readLibrary(doc, cache).entries;
    addToLibrary(doc, [{ ...sampleResolution('902'), title: 'Newer' }], { by: 'Ana', at: AT });
    const second = readLibrary(doc, cache).entries;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].document.title).toBe('Newer');
  });
});
