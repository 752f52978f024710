/**
 * Workspace roles as the client shows them. The server decides what a token may do and enforces
 * it (it drops a viewer's updates, and a commenter's outside COMMENTER_WRITABLE_ROOTS); y-websocket
 * does not tell the client which role its token has, so the role here is the claim that came with
 * the share link or was chosen in the token prompt. It only decides what the UI offers.
 */
export type Role = 'editor' | 'commenter' | 'viewer';

export const ROLES: readonly Role[] = ['editor', 'commenter', 'viewer'];

/** A role from untrusted text (a URL, localStorage), or null. */
export function parseRole(value: unknown): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}

/** Whether the UI lets this role edit drafts and add texts to the library. */
export function canEdit(role: Role): boolean {
  return role === 'editor';
}

/** Whether the UI lets this role annotate. */
export function canAnnotate(role: Role): boolean {
  return role !== 'viewer';
}

/** In words, for the UI: "can edit", "can comment", "can read". */
export function describeRole(role: Role): string {
  return role === 'editor' ? 'can edit' : role === 'commenter' ? 'can comment' : 'can read';
}
