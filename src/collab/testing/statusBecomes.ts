import type { ConnectionStatus } from '../connectionStatus.ts';
import type { WorkspaceConnection } from '../workspaceConnection.ts';

/** Resolves when the connection shows `status` (at once if it already does); rejects after `timeoutMs`. */
export function statusBecomes(connection: WorkspaceConnection, status: ConnectionStatus, timeoutMs = 5000): Promise<void> {
  if (connection.status() === status) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status stayed "${connection.status()}", expected "${status}"`));
    }, timeoutMs);
    const off = connection.onStatus((next) => {
      if (next !== status) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}
