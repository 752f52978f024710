/** The `settings` root: workspace-wide settings, one key each (see WorkspaceSettings). */
import type * as Y from 'yjs';
import { originFor } from './origins.ts';
import { workspaceRoots } from './schema.ts';
import type { WorkspaceSettings } from './schema.ts';

/** The settings this version knows, read defensively (a wrong type counts as unset). */
export function readSettings(doc: Y.Doc): WorkspaceSettings {
  const { settings } = workspaceRoots(doc);
  const out: WorkspaceSettings = {};
  const name: unknown = settings.get('name');
  if (typeof name === 'string' && name.trim() !== '') out.name = name;
  const seeded: unknown = settings.get('librarySeededAt');
  if (typeof seeded === 'string') out.librarySeededAt = seeded;
  return out;
}

/** Sets the workspace's display name; an empty name removes it (the URL's name shows again). */
export function setWorkspaceName(doc: Y.Doc, name: string, by: string): void {
  const { settings } = workspaceRoots(doc);
  doc.transact(() => {
    if (name.trim() === '') settings.delete('name');
    else settings.set('name', name.trim());
  }, originFor('settings', by));
}
