/**
 * Seeded random concurrent edits by three clients — library imports and seeding, proposal status
 * changes, drafts created, typed in and renamed, settings — exchanged in random partial syncs:
 * once everyone has everything, every client reads the same workspace, and every draft is still a
 * valid draft.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ProposalStatus } from '../core/model/index.ts';
import { documentToDraft, draftSchema } from '../editor/index.ts';
import { createDraft, draftContent, draftFragment, readDrafts, renameDraft } from './drafts.ts';
import { addToLibrary, readLibrary, seedLibrary } from './library.ts';
import { PROPOSAL_STATUSES, putProposals, readProposals, setProposalStatus } from './proposals.ts';
import { readSettings, setWorkspaceName } from './settings.ts';
import { syncAll } from './testing/linkDocs.ts';
import { sampleProposal, sampleResolution } from './testing/sampleTexts.ts';

const schema = draftSchema();
const NUMBERS = ['901', '902', '903'];

type Op =
  | { kind: 'import'; client: number; number: string; title: string }
  | { kind: 'seed'; client: number }
  | { kind: 'proposal'; client: number; ref: string }
  | { kind: 'status'; client: number; ref: string; status: ProposalStatus }
  | { kind: 'draft'; client: number; id: string }
  | { kind: 'type'; client: number; pick: number; at: number; text: string }
  | { kind: 'erase'; client: number; pick: number; at: number; length: number }
  | { kind: 'rename'; client: number; pick: number; title: string }
  | { kind: 'name'; client: number; name: string }
  | { kind: 'sync'; from: number; to: number };

const client = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), client, number: fc.constantFrom(...NUMBERS), title: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('seed' as const), client }),
  fc.record({ kind: fc.constant('proposal' as const), client, ref: fc.constantFrom('EUR/1/1', 'USA/2/1') }),
  fc.record({ kind: fc.constant('status' as const), client, ref: fc.constantFrom('EUR/1/1', 'USA/2/1'), status: fc.constantFrom(...PROPOSAL_STATUSES) }),
  fc.record({ kind: fc.constant('draft' as const), client, id: fc.constantFrom('draft-a', 'draft-b', 'draft-c') }),
  fc.record({ kind: fc.constant('type' as const), client, pick: fc.nat(), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('erase' as const), client, pick: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('rename' as const), client, pick: fc.nat(), title: fc.string({ maxLength: 10 }) }),
  fc.record({ kind: fc.constant('name' as const), client, name: fc.string({ maxLength: 10 }) }),
  fc.record({ kind: fc.constant('sync' as const), from: client, to: client }),
);

/** The texts of all clause paragraphs of a draft, in document order. */
function clauseTexts(fragment: Y.XmlFragment): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (const node of fragment.createTreeWalker((candidate) => candidate instanceof Y.XmlElement && candidate.nodeName === 'paragraph')) {
    const text = (node as Y.XmlElement).get(0);
    if (text instanceof Y.XmlText) out.push(text);
  }
  return out;
}

function apply(docs: Y.Doc[], step: Op): void {
  if (step.kind === 'sync') {
    if (step.from !== step.to) Y.applyUpdate(docs[step.to], Y.encodeStateAsUpdate(docs[step.from], Y.encodeStateVector(docs[step.to])));
    return;
  }
  const doc = docs[step.client];
  const by = `client-${step.client}`;
  const drafts = readDrafts(doc);
  const draft = drafts.length > 0 && 'pick' in step ? drafts[step.pick % drafts.length] : null;
  switch (step.kind) {
    case 'import':
      addToLibrary(doc, [{ ...sampleResolution(step.number), title: step.title }], { by });
      return;
    case 'seed':
      seedLibrary(doc, NUMBERS.map((number) => sampleResolution(number)), { by, at: '2026-11-28T09:00:00.000Z' });
      return;
    case 'proposal':
      putProposals(doc, [sampleProposal(step.ref)], by);
      return;
    case 'status':
      setProposalStatus(doc, step.ref, step.status, by);
      return;
    case 'draft':
      // The same ID on two clients at once stands for a (vanishingly unlikely) random-ID collision.
      if (!readDrafts(doc).some((existing) => existing.id === step.id)) {
        createDraft(doc, { id: step.id, title: step.id, base: null, createdBy: by, createdAt: '2026-11-28T09:00:00.000Z' }, schema.nodeFromJSON(documentToDraft(sampleResolution())));
      }
      return;
    case 'type':
    case 'erase': {
      const fragment = draft ? draftFragment(doc, draft.id) : null;
      const texts = fragment ? clauseTexts(fragment) : [];
      if (texts.length === 0) return;
      const text = texts[step.pick % texts.length];
      const at = step.at % (text.length + 1);
      if (step.kind === 'type') text.insert(at, step.text);
      else text.delete(at, Math.min(step.length, text.length - at));
      return;
    }
    case 'rename':
      if (draft) renameDraft(doc, draft.id, step.title, by);
      return;
    case 'name':
      setWorkspaceName(doc, step.name, by);
      return;
  }
}

/** Everything a reader of the workspace sees. */
function view(doc: Y.Doc): unknown {
  return {
    library: readLibrary(doc).entries.sort((a, b) => a.document.id.localeCompare(b.document.id)),
    proposals: readProposals(doc).proposals.sort((a, b) => a.id.localeCompare(b.id)),
    drafts: readDrafts(doc).map((meta) => ({ meta, content: draftContent(doc, meta.id) })),
    settings: readSettings(doc),
  };
}

describe('three clients editing a workspace at once', () => {
  it('converge once everyone has everything, with every draft still valid', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (steps) => {
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        for (const step of steps) apply(docs, step);
        syncAll(...docs);
        const expected = view(docs[0]);
        expect(view(docs[1])).toEqual(expected);
        expect(view(docs[2])).toEqual(expected);
        for (const meta of readDrafts(docs[0])) expect(() => schema.nodeFromJSON(draftContent(docs[0], meta.id)).check()).not.toThrow();
        expect(readLibrary(docs[0]).problems).toEqual([]);
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });
});
