/** The name a download is saved under. */

/**
 * `clausewatch-<workspace>-<yyyy-mm-dd>.<ext>`, with the local date of `now`. Characters a file
 * system may refuse are replaced by `-` (workspace names are already URL-safe; this is a guard).
 */
export function exportFileName(workspace: string, now: Date, extension: string): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const safe = workspace.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'workspace';
  return `clausewatch-${safe}-${date}.${extension.replace(/^\./, '')}`;
}
