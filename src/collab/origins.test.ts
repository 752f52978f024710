import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clausewatchOrigin, isOrigin, isRemoteChange, originFor } from './origins.ts';

describe('transaction origins', () => {
  it('are recognised by their tag, not by identity: a structural copy still counts', () => {
    const origin = originFor('import-documents', 'Ana');
    const copy = JSON.parse(JSON.stringify(origin)) as unknown;
    expect(copy).not.toBe(origin);
    expect(isOrigin(copy, 'import-documents')).toBe(true);
    expect(isOrigin(copy, 'seed-library')).toBe(false);
    expect(clausewatchOrigin(copy)).toEqual({ app: 'clausewatch', kind: 'import-documents', by: 'Ana' });
  });

  it('reject anything else: other objects, unknown kinds, wrong field types, primitives', () => {
    for (const value of [null, undefined, 'import-documents', 42, {}, { app: 'other', kind: 'settings' }, { app: 'clausewatch', kind: 'format-disk' }, { app: 'clausewatch', kind: 'settings', by: 7 }]) {
      expect(clausewatchOrigin(value)).toBeNull();
    }
  });

  it('reach observers through a transaction, and remote updates are told apart by Yjs itself', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const seen: { kind: string | null; remote: boolean }[] = [];
    b.on('afterTransaction', (transaction: Y.Transaction) => seen.push({ kind: clausewatchOrigin(transaction.origin)?.kind ?? null, remote: isRemoteChange(transaction) }));
    b.transact(() => b.getMap('settings').set('name', 'Team'), originFor('settings', 'Ben'));
    a.getMap('settings').set('name', 'Other');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), { some: 'provider' });
    expect(seen).toEqual([
      { kind: 'settings', remote: false },
      { kind: null, remote: true },
    ]);
  });
});
