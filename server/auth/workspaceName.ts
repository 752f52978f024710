/**
 * Workspace names: lower-case letters, digits and hyphens, 1 to 63 characters, not starting with
 * a hyphen. They appear in URLs (`/ws/NAME`) and share links, so nothing needs escaping.
 */
export const WORKSPACE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Says what is wrong with a workspace name in plain words, or null when it is fine. */
export function workspaceNameProblem(name: string): string | null {
  if (WORKSPACE_NAME.test(name)) return null;
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  if (name === '') return 'the workspace name is empty';
  if (name.length > 63) return `the workspace name ${shown} is ${name.length} characters long; the limit is 63`;
  if (name.startsWith('-')) return `the workspace name ${shown} starts with a hyphen`;
  return `the workspace name ${shown} may only contain lower-case letters a-z, digits and hyphens`;
}
