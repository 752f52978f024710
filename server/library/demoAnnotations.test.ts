import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor, indexClauses } from '../../src/core/anchoring/index.ts';
import { RISK_CATEGORY_IDS } from '../../src/core/taxonomy/index.ts';
import { loadFixtureWorkspace } from '../../tests/support/fixtureWorkspace.ts';
import { loadDemoAnnotations } from './demoAnnotations.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'clausewatch-demo-'));
  mkdirSync(join(root, 'workspace'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (content: string): void => writeFileSync(join(root, 'workspace', 'annotations.json'), content);

describe('loadDemoAnnotations on bad files', () => {
  it('names the file when it is missing, not JSON or not a list', async () => {
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/annotations\.json: cannot read/);
    write('[{');
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/annotations\.json: not valid JSON/);
    write('{"id": "x"}');
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/annotations\.json: expected a list of annotations, got object/);
  });

  it('names the file and the field of a bad record', async () => {
    const good = (await loadDemoAnnotations(join(import.meta.dirname, '../../fixtures')))[0];
    write(JSON.stringify([good, { ...good, id: 'b', severity: 'extreme' }]));
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/annotations\.json: \[1\]\.severity: expected null or one of low/);
    write(JSON.stringify([good, { ...good, target: { clause: 'not a clause' } }]));
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/\[1\]\.target\.clause: expected a clause ID/);
    write(JSON.stringify([good, good]));
    await expect(loadDemoAnnotations(root)).rejects.toThrow(/\[1\]\.id: the annotation ID "demo-01" is used twice/);
  });
});

describe('the fixture workspace', async () => {
  const input = await loadFixtureWorkspace();
  const { annotations, documents, proposals } = input;
  const docOf = (clause: string) => documents.find((d) => d.id === clause.split('/')[0]);

  it('covers every kind, category, severity and status, with and without assignees and replies', () => {
    expect(annotations.length).toBeGreaterThanOrEqual(16);
    expect(new Set(annotations.map((a) => a.kind))).toEqual(new Set(['risk', 'opportunity', 'note']));
    expect(new Set(annotations.flatMap((a) => a.categories))).toEqual(new Set(RISK_CATEGORY_IDS));
    expect(new Set(annotations.map((a) => a.severity))).toEqual(new Set(['low', 'medium', 'high', 'critical', null]));
    expect(new Set(annotations.map((a) => a.status))).toEqual(new Set(['open', 'in-review', 'agreed', 'resolved']));
    expect(annotations.some((a) => a.assignee === null) && annotations.some((a) => a.assignee !== null)).toBe(true);
    expect(new Set(annotations.map((a) => a.thread.length))).toEqual(new Set([0, 1, 2, 3]));
    expect(annotations.some((a) => a.sdgTargets.length > 0) && annotations.some((a) => a.planTargets.length > 0)).toBe(true);
    expect(annotations.some((a) => a.note.includes('<script>'))).toBe(true);
  });

  it('anchors every annotation exactly on its text, but the one deliberate orphan', () => {
    const states = annotations.map((a) => {
      const doc = docOf(a.target.clause);
      expect(doc, a.id).toBeDefined();
      const clause = indexClauses(doc!).get(a.target.clause);
      const { quote, position } = a.target;
      if (clause && quote && position) {
        expect(clause.text.slice(position.start, position.end), a.id).toBe(quote.exact);
        expect(clause.text.slice(0, position.start).endsWith(quote.prefix), a.id).toBe(true);
        expect(clause.text.slice(position.end).startsWith(quote.suffix), a.id).toBe(true);
      }
      return [a.id, anchor(a.target, doc!).state] as const;
    });
    expect(states.filter(([, state]) => state === 'orphaned').map(([id]) => id)).toEqual(['demo-09']);
    expect(states.every(([, state]) => state === 'exact' || state === 'moved' || state === 'orphaned')).toBe(true);
  });

  it('annotates res130 clauses that the sample proposals modify, delete and move, and one they leave alone', async () => {
    const { diffDocuments } = await import('../../src/core/diff/index.ts');
    const base = documents.find((d) => d.id === 'res130')!;
    const ops = new Map<string, Set<string>>();
    for (const p of proposals.filter((p) => p.base.documentId === 'res130')) {
      for (const change of diffDocuments(base, p.document).changes) {
        if (change.op !== 'ADD') ops.set(change.clause, (ops.get(change.clause) ?? new Set()).add(change.op));
      }
    }
    const onRes130 = annotations.filter((a) => a.target.clause.startsWith('res130/')).map((a) => ops.get(a.target.clause) ?? new Set(['NOC']));
    for (const op of ['MOD', 'SUP', 'MOVE']) expect(onRes130.some((set) => set.has(op)), op).toBe(true);
    expect(onRes130.some((set) => set.size === 1 && set.has('NOC'))).toBe(true);
    expect(proposals.filter((p) => p.base.documentId === 'res130').length).toBeGreaterThanOrEqual(2);
  });
});
