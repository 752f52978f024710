import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { colorFor, PRESENCE_COLORS, readPresence, samePeople, setPresence } from './presence.ts';

/** Copies every state of `from` into `to`, as the server would relay it. */
function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...from.getStates().keys()]), 'relay');
}

describe('presence', () => {
  it('lists who is in the workspace, self first, with what each is looking at', () => {
    const ana = new Awareness(new Y.Doc());
    const ben = new Awareness(new Y.Doc());
    setPresence(ana, { user: { name: 'Ana', color: '#1d4e89' }, view: { kind: 'document', id: 'res130' }, clause: 'res130/resolves/3' });
    setPresence(ben, { user: { name: 'Ben', color: colorFor('Ben') }, view: { kind: 'draft', id: 'draft-1' }, clause: null });
    relay(ana, ben);
    relay(ben, ana);
    const seenByBen = readPresence(ben);
    expect(seenByBen.map((person) => [person.name, person.self, person.view?.kind ?? null, person.clause])).toEqual([
      ['Ben', true, 'draft', null],
      ['Ana', false, 'document', 'res130/resolves/3'],
    ]);
    setPresence(ana, { clause: 'res130/resolves/4' });
    relay(ana, ben);
    expect(readPresence(ben).find((person) => person.name === 'Ana')?.clause).toBe('res130/resolves/4');
    ana.destroy();
    ben.destroy();
  });

  it('never trusts what another client put there', () => {
    const other = new Awareness(new Y.Doc());
    const self = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Eve', color: 'url(javascript:alert(1))' }, view: { kind: 'shell', id: 3 }, clause: 42 });
    relay(other, self);
    const anonymous = new Awareness(new Y.Doc());
    anonymous.setLocalState({ user: { name: '   ' } });
    relay(anonymous, self);
    expect(readPresence(self)).toEqual([{ clientId: other.clientID, name: 'Eve', color: colorFor('Eve'), view: null, clause: null, self: false }]);
  });

  it('gives a name the same colour every time, from the palette', () => {
    expect(colorFor('Ana')).toBe(colorFor('Ana'));
    expect(PRESENCE_COLORS).toContain(colorFor('Ana'));
    expect(new Set(['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fatou'].map(colorFor)).size).toBeGreaterThan(2);
  });

  it('tells a caret moving in a draft (no change to the list) from a move to another clause', () => {
    const ana = new Awareness(new Y.Doc());
    setPresence(ana, { user: { name: 'Ana', color: '#1d4e89' }, view: { kind: 'draft', id: 'draft-1' }, clause: 'res130/resolves/3' });
    const before = readPresence(ana);
    // What y-prosemirror publishes on every keystroke.
    ana.setLocalStateField('cursor', { anchor: { type: null, tname: 'x', item: null, assoc: 0 }, head: null });
    expect(samePeople(before, readPresence(ana))).toBe(true);
    setPresence(ana, { clause: 'res130/resolves/4' });
    expect(samePeople(before, readPresence(ana))).toBe(false);
    setPresence(ana, { clause: 'res130/resolves/3', view: { kind: 'draft', id: 'draft-2' } });
    expect(samePeople(before, readPresence(ana))).toBe(false);
    expect(samePeople(before, [])).toBe(false);
    ana.destroy();
  });
});
