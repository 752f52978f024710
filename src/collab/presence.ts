/**
 * Presence through awareness: who is in the workspace, their colour, and what each person is
 * looking at (a text or a draft, and the clause in it). The `user` field is the one Tiptap's
 * CollaborationCaret reads for carets, so names and colours match everywhere.
 */
import type { Awareness } from 'y-protocols/awareness';

/** What someone has open: an official text or a draft. */
export interface PresenceView {
  kind: 'document' | 'draft';
  /** Document ID (`res130`) or draft ID. */
  id: string;
}

/** One person in the workspace, as the presence list shows them. */
export interface Person {
  clientId: number;
  name: string;
  color: string;
  view: PresenceView | null;
  /** Clause ID the person is on (`res130/resolves/3`), or null. */
  clause: string | null;
  /** True for this browser tab. */
  self: boolean;
}

/** The awareness fields Clausewatch sets. */
export interface PresenceFields {
  user: { name: string; color: string };
  view: PresenceView | null;
  clause: string | null;
}

/** Colours with enough contrast for white text on them, handed out by name. */
export const PRESENCE_COLORS: readonly string[] = ['#1d4e89', '#a93226', '#1e7145', '#6c3483', '#9a5b00', '#0e6b7a', '#7b3f00', '#34495e'];

/** A stable colour for a name: the same person gets the same colour on every device. */
export function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length];
}

/** Publishes (part of) this tab's presence. */
export function setPresence(awareness: Awareness, fields: Partial<PresenceFields>): void {
  for (const [key, value] of Object.entries(fields)) awareness.setLocalStateField(key, value);
}

function readView(value: unknown): PresenceView | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return (kind === 'document' || kind === 'draft') && typeof id === 'string' ? { kind, id } : null;
}

/**
 * Everyone in the workspace with a name, this tab first, then by name. Fields another client set
 * wrongly are read as unset, never trusted.
 */
export function readPresence(awareness: Awareness): Person[] {
  const people: Person[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (!user || typeof user.name !== 'string' || user.name.trim() === '') return;
    const clause: unknown = (state as { clause?: unknown }).clause;
    people.push({
      clientId,
      name: user.name.slice(0, 80),
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : colorFor(user.name),
      view: readView((state as { view?: unknown }).view),
      clause: typeof clause === 'string' ? clause : null,
      self: clientId === awareness.clientID,
    });
  });
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Whether two presence lists show the same thing (same people, names, colours and places, in the same order). */
export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, i) => {
      const other = b[i];
      return (
        person.clientId === other.clientId &&
        person.name === other.name &&
        person.color === other.color &&
        person.self === other.self &&
        person.clause === other.clause &&
        person.view?.kind === other.view?.kind &&
        person.view?.id === other.view?.id
      );
    })
  );
}
