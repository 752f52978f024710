/**
 * Share links: `http://HOST/?workspace=demo#token=TOKEN&role=editor`. The token rides in the
 * fragment, which browsers never send to the server and which the app removes from the address
 * bar as soon as it has read it (it is kept in this browser's storage instead, see credentials.ts).
 */
import { parseRole } from '../../collab/index.ts';
import type { Role } from '../../collab/index.ts';

/** Workspace names as the server accepts them: lower-case letters, digits and hyphens, 1-63 long. */
export const WORKSPACE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** What a share link (or any app URL) says about the workspace. */
export interface LinkClaims {
  /** The `workspace` query parameter, or null when the app is used alone. */
  workspace: string | null;
  /** Why the workspace parameter was ignored, in plain words; null when it was fine or absent. */
  workspaceProblem: string | null;
  token: string | null;
  role: Role | null;
  /** The fragment without the share-link fields (a permalink such as `#res130/resolves/3`, or ""). */
  hash: string;
}

/** Says what is wrong with a workspace name, or null when it is fine. */
export function workspaceNameProblem(name: string): string | null {
  if (WORKSPACE_NAME.test(name)) return null;
  if (name === '') return 'The workspace name is empty.';
  if (name.length > 63) return `The workspace name is ${name.length} characters long; the limit is 63.`;
  return `The workspace name “${name.slice(0, 80)}” may only hold lower-case letters, digits and hyphens, and must not start with a hyphen.`;
}

/** Reads the workspace, token and role from a URL's query and fragment. */
export function readLink(url: { search: string; hash: string }): LinkClaims {
  const raw = new URLSearchParams(url.search).get('workspace');
  const workspaceProblem = raw === null ? null : workspaceNameProblem(raw);
  const fragment = url.hash.startsWith('#') ? url.hash.slice(1) : url.hash;
  let token: string | null = null;
  let role: Role | null = null;
  let hash = url.hash;
  if (/^(token|role)=/.test(fragment)) {
    const params = new URLSearchParams(fragment);
    token = params.get('token')?.trim() || null;
    role = parseRole(params.get('role'));
    hash = '';
  }
  return { workspace: workspaceProblem === null ? raw : null, workspaceProblem, token, role, hash };
}

/** The share link for a workspace: anyone who opens it joins with this token (and the role it is claimed to have). */
export function shareLinkFor(origin: string, workspace: string, token: string, role: Role): string {
  const fragment = new URLSearchParams({ token, role }).toString();
  return `${origin}/?workspace=${encodeURIComponent(workspace)}#${fragment}`;
}

/** The app's address for a workspace, without credentials. */
export function workspaceUrl(origin: string, workspace: string | null): string {
  return workspace === null ? `${origin}/` : `${origin}/?workspace=${encodeURIComponent(workspace)}`;
}

/** The sync endpoint on the same host as the page: `ws://HOST/ws` (`wss:` under https). */
export function syncUrlFor(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
