/**
 * What this browser remembers: the token (and claimed role) for each workspace it joined, and
 * the person's display name. Kept in localStorage, per workspace; never in the URL.
 */
import { colorFor, parseRole } from '../../collab/index.ts';
import type { Role } from '../../collab/index.ts';

/** A token and the role it was given with. */
export interface Credentials {
  token: string;
  role: Role;
}

/** The part of the Storage API this needs (localStorage in the app, a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const credentialsKey = (workspace: string): string => `clausewatch:workspace:${workspace}`;
const NAME_KEY = 'clausewatch:name';

/** The stored credentials for a workspace, or null (also for anything unreadable). */
export function loadCredentials(store: KeyValueStore, workspace: string): Credentials | null {
  try {
    const value = JSON.parse(store.getItem(credentialsKey(workspace)) ?? 'null') as { token?: unknown; role?: unknown } | null;
    if (!value || typeof value.token !== 'string' || value.token === '') return null;
    return { token: value.token, role: parseRole(value.role) ?? 'editor' };
  } catch {
    return null;
  }
}

export function saveCredentials(store: KeyValueStore, workspace: string, credentials: Credentials): void {
  store.setItem(credentialsKey(workspace), JSON.stringify(credentials));
}

export function forgetCredentials(store: KeyValueStore, workspace: string): void {
  store.removeItem(credentialsKey(workspace));
}

/** The person's display name, or "" when they never gave one. */
export function loadName(store: KeyValueStore): string {
  return (store.getItem(NAME_KEY) ?? '').trim().slice(0, 60);
}

export function saveName(store: KeyValueStore, name: string): void {
  store.setItem(NAME_KEY, name.trim().slice(0, 60));
}

/** The person as others see them: their name (or a placeholder) and its colour. */
export function userFor(name: string): { name: string; color: string } {
  const shown = name.trim() || 'Anonymous analyst';
  return { name: shown, color: colorFor(shown) };
}
