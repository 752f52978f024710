import type { IncomingMessage } from 'node:http';
import type { TokenRecord, TokenStore } from './TokenStore.ts';
import { workspaceNameProblem } from './workspaceName.ts';

/** The WebSocket path: `/ws/WORKSPACE` (y-websocket appends the room name to the server URL). */
const WS_PATH = /^\/ws\/([^/]*)$/;

/** Who may connect, or the HTTP answer refusing the upgrade. */
export type UpgradeDecision =
  | { ok: true; workspace: string; token: TokenRecord }
  | { ok: false; status: 400 | 401 | 404; message: string };

/** True for the paths the WebSocket upgrade owns. */
export const isSyncPath = (pathname: string): boolean => pathname.startsWith('/ws/');

/**
 * Decides a WebSocket upgrade from its URL, `/ws/WORKSPACE?token=TOKEN` (or an
 * `Authorization: Bearer TOKEN` header): the token must be valid, not revoked, and for that
 * workspace. Every refusal of a token gets the same 401, so a refusal tells nothing about
 * which tokens or workspaces exist.
 */
export function authenticateUpgrade(req: IncomingMessage, tokens: TokenStore): UpgradeDecision {
  const url = new URL(req.url ?? '/', 'http://clausewatch.invalid');
  const match = WS_PATH.exec(url.pathname);
  if (!match) return { ok: false, status: 404, message: `There is no WebSocket at ${url.pathname}; workspaces are at /ws/WORKSPACE.` };
  const workspace = match[1];
  const problem = workspaceNameProblem(workspace);
  if (problem) return { ok: false, status: 400, message: `Cannot open this workspace: ${problem}.` };
  const header = req.headers.authorization;
  const secret = url.searchParams.get('token') ?? (header?.startsWith('Bearer ') ? header.slice(7).trim() : null);
  const token = secret ? tokens.verify(secret) : null;
  if (!token || token.workspace !== workspace) {
    return {
      ok: false,
      status: 401,
      message: secret
        ? 'This token does not open this workspace (it may be mistyped, revoked, or for another workspace). Ask for a new link.'
        : 'Opening a workspace needs a token: open the share link you were given, or add ?token=… to the address.',
    };
  }
  return { ok: true, workspace, token };
}
