import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decideWrite } from './writePolicy.ts';
import type { WriteDecision } from './writePolicy.ts';

/** A server-side doc with an editor's content in every kind of root, and a commenter's copy of it. */
function workspace(): { server: Y.Doc; commenter: Y.Doc; editor: Y.Doc } {
  const editor = new Y.Doc();
  editor.transact(() => {
    const doc = new Y.Map<unknown>();
    editor.getMap('library').set('res901', doc);
    doc.set('title', 'Testing the server');
    editor.getMap('proposals').set('p1', 'MOD');
    const draft = new Y.XmlFragment();
    editor.getMap('drafts').set('d1', draft);
    draft.insert(0, [new Y.XmlText('resolves to test')]);
    const note = new Y.Map<unknown>();
    editor.getMap('annotations').set('a1', note);
    note.set('body', new Y.Text('an editor note'));
  });
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(editor));
  const commenter = new Y.Doc();
  Y.applyUpdate(commenter, Y.encodeStateAsUpdate(server));
  return { server, commenter, editor };
}

/** The update a change to `doc` produces: what a provider would send. */
function change(doc: Y.Doc, edit: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array): void => void (update = u);
  doc.on('update', capture);
  doc.transact(edit);
  doc.off('update', capture);
  if (update === null) throw new Error('the edit changed nothing');
  return update;
}

/** Applies what a decision lets through to `doc`; returns the reason anything was dropped. */
function applyDecision(decision: WriteDecision, doc: Y.Doc): string | null {
  if (decision.action === 'refuse') return decision.reason;
  Y.applyUpdate(doc, decision.update);
  return decision.dropped;
}

const json = (doc: Y.Doc, ...roots: string[]): Record<string, unknown> =>
  Object.fromEntries(roots.map((root) => [root, doc.getMap(root).toJSON()]));

describe('decideWrite', () => {
  it('lets editors change anything and viewers nothing', () => {
    const { server, commenter } = workspace();
    const update = change(commenter, () => commenter.getMap('library').set('res902', 'x'));
    expect(decideWrite('editor', update, server)).toEqual({ action: 'apply', update, dropped: null });
    expect(decideWrite('viewer', update, server)).toEqual({ action: 'refuse', reason: 'viewers cannot change the workspace' });
  });

  it('lets commenters add, edit and delete annotations, nested types included', () => {
    const { server, commenter } = workspace();
    const annotations = commenter.getMap<Y.Map<unknown>>('annotations');
    const cases = [
      change(commenter, () => {
        const note = new Y.Map<unknown>();
        annotations.set('a2', note);
        note.set('body', new Y.Text('risk: the text drops the developing countries'));
      }),
      // Inside a nested type the server already has: the parent is found in the server's doc.
      change(commenter, () => annotations.get('a1')!.set('status', 'open')),
      // Inside a text: the new item names only its neighbours, not its parent.
      change(commenter, () => (annotations.get('a1')!.get('body') as Y.Text).insert(3, 'important ')),
      change(commenter, () => (annotations.get('a1')!.get('body') as Y.Text).delete(0, 3)),
      change(commenter, () => annotations.delete('a1')),
    ];
    for (const update of cases) {
      expect(decideWrite('commenter', update, server)).toEqual({ action: 'apply', update, dropped: null });
      Y.applyUpdate(server, update);
    }
    expect(server.getMap('annotations').toJSON()).toEqual(annotations.toJSON());
  });

  it('drops every commenter change outside annotations, naming the root, and keeps the rest', () => {
    type Edit = (doc: Y.Doc) => void;
    const library = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('library');
    const draft = (doc: Y.Doc) => doc.getMap<Y.XmlFragment>('drafts').get('d1')!;
    const cases: Array<[Edit, string]> = [
      [(doc) => doc.getMap('library').set('res902', 'forged'), 'library'],
      [(doc) => library(doc).get('res901')!.set('title', 'forged'), 'library'],
      [(doc) => (draft(doc).get(0) as Y.XmlText).insert(0, 'not '), 'drafts'],
      [(doc) => draft(doc).delete(0, 1), 'drafts'],
      [(doc) => doc.getMap('proposals').delete('p1'), 'proposals'],
      [(doc) => doc.getMap('somethingNew').set('k', 1), 'somethingNew'],
      [(doc) => { doc.getMap('annotations').set('a3', 1); doc.getMap('settings').set('name', 'x'); }, 'settings'],
    ];
    for (const [edit, root] of cases) {
      const { server, commenter } = workspace();
      const before = json(server, 'library', 'drafts', 'proposals', 'settings', 'somethingNew');
      const dropped = applyDecision(decideWrite('commenter', change(commenter, () => edit(commenter)), server), server);
      expect(dropped).toContain(root);
      expect(json(server, 'library', 'drafts', 'proposals', 'settings', 'somethingNew')).toEqual(before);
      expect(server.getMap('annotations').toJSON()).toEqual(commenter.getMap('annotations').toJSON());
      // The commenter's clock stays contiguous: its next annotation applies.
      const next = change(commenter, () => commenter.getMap('annotations').set('after', 'still heard'));
      expect(applyDecision(decideWrite('commenter', next, server), server)).toBeNull();
      expect(server.getMap('annotations').get('after')).toBe('still heard');
      expect(server.store.pendingStructs).toBeNull();
    }
  });

  it('accepts a commenter’s offline work that created, deleted and garbage-collected annotations', () => {
    const { server, commenter } = workspace();
    const annotations = commenter.getMap<Y.Map<unknown>>('annotations');
    const before = Y.encodeStateVector(commenter);
    commenter.transact(() => {
      const note = new Y.Map<unknown>();
      annotations.set('tmp', note);
      note.set('body', new Y.Text('draft thought'));
    });
    commenter.transact(() => annotations.delete('tmp'));
    commenter.transact(() => commenter.getMap('annotations').set('kept', 'a second thought'));
    const update = Y.diffUpdate(Y.encodeStateAsUpdate(commenter), before);
    expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.GC)).toBe(true);
    expect(decideWrite('commenter', update, server)).toEqual({ action: 'apply', update, dropped: null });
  });

  it('refuses a commenter writing under the client ID of someone who edits drafts', () => {
    const { server, editor } = workspace();
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(server));
    forger.clientID = editor.clientID; // set after syncing, or Yjs would pick a new one
    const update = change(forger, () => forger.getMap('annotations').set('a9', 'squatting the next clock'));
    expect(decideWrite('commenter', update, server)).toEqual({ action: 'refuse', reason: expect.stringContaining(`client ${editor.clientID}`) });
  });

  it('drops changes that refer to content the server does not have', () => {
    const { server } = workspace();
    const elsewhere = new Y.Doc();
    elsewhere.getArray('annotations').insert(0, ['a']);
    const base = Y.encodeStateVector(elsewhere);
    elsewhere.getArray('annotations').insert(1, ['b']); // its origin is 'a', which the server never saw
    const update = Y.diffUpdate(Y.encodeStateAsUpdate(elsewhere), base);
    const decision = decideWrite('commenter', update, server);
    expect(decision).toMatchObject({ action: 'apply', dropped: expect.stringContaining('content the server cannot place') });
    applyDecision(decision, server);
    expect(server.getArray('annotations').toJSON()).toEqual([]);
  });

  it('throws on bytes that are not an update', () => {
    const { server } = workspace();
    expect(() => decideWrite('commenter', Uint8Array.from([1, 200, 200]), server)).toThrow();
  });

  it('lets through exactly the annotations of random edits (seeded)', () => {
    const roots = ['annotations', 'library', 'drafts', 'settings'] as const;
    const edit = fc.record({ root: fc.constantFrom(...roots), kind: fc.constantFrom('set', 'nested', 'text', 'delete'), key: fc.integer({ min: 0, max: 3 }), text: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const { server, commenter } = workspace();
        const before = Y.encodeStateVector(commenter);
        const touched = new Set<string>();
        for (const { root, kind, key, text } of edits) {
          const map = commenter.getMap<unknown>(root);
          const existing = map.get(`k${key}`);
          if (kind === 'set') map.set(`k${key}`, text);
          else if (kind === 'nested') map.set(`k${key}`, new Y.Text(text || 'x'));
          else if (kind === 'text' && existing instanceof Y.Text) existing.insert(existing.length, text || 'y');
          else if (kind === 'delete' && map.has(`k${key}`)) map.delete(`k${key}`);
          else continue;
          touched.add(root);
        }
        const update = Y.diffUpdate(Y.encodeStateAsUpdate(commenter), before);
        const onlyAnnotations = [...touched].every((root) => root === 'annotations');
        const others = ['library', 'drafts', 'settings'] as const;
        const untouched = json(server, ...others);
        expect(applyDecision(decideWrite('commenter', update, server), server) === null).toBe(onlyAnnotations);
        expect(json(server, ...others)).toEqual(untouched);
        expect(server.getMap('annotations').toJSON()).toEqual(commenter.getMap('annotations').toJSON());
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
