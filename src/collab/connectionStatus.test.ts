import { describe, expect, it } from 'vitest';
import { deriveStatus, INITIAL_FACTS, STATUS_TEXT } from './connectionStatus.ts';
import type { ConnectionFacts, ConnectionStatus } from './connectionStatus.ts';

/** Applies each step to the facts and lists the statuses shown along the way. */
function run(steps: Partial<ConnectionFacts>[]): ConnectionStatus[] {
  let facts = INITIAL_FACTS;
  return steps.map((step) => deriveStatus((facts = { ...facts, ...step })));
}

describe('connection status', () => {
  it('goes connecting → syncing → connected when opening a workspace', () => {
    expect(run([{}, { socket: 'open', everOpened: true }, { confirmed: true }])).toEqual(['connecting', 'syncing', 'connected']);
  });

  it('shows syncing while an edit is unconfirmed, then saved', () => {
    expect(run([{ socket: 'open', everOpened: true, confirmed: true }, { changed: true, confirmed: false }, { confirmed: true }])).toEqual(['connected', 'syncing', 'saved']);
  });

  it('shows offline when the network goes, and syncing then saved when it is back', () => {
    expect(
      run([
        { socket: 'open', everOpened: true, confirmed: true, changed: true },
        { online: false, socket: 'closed', confirmed: false },
        { changed: true },
        { online: true, socket: 'connecting' },
        { socket: 'open' },
        { confirmed: true },
      ]),
    ).toEqual(['saved', 'offline', 'offline', 'offline', 'syncing', 'saved']);
  });

  it('shows offline, not connecting, once the first attempt failed (server down at start)', () => {
    expect(run([{}, { socket: 'closed', failedAttempts: 1 }, { socket: 'connecting' }])).toEqual(['connecting', 'offline', 'offline']);
  });

  it('shows refused above everything else until cleared', () => {
    expect(run([{ refused: true, online: false }, { online: true, socket: 'open', confirmed: true }, { refused: false }])).toEqual(['refused', 'refused', 'connected']);
  });

  it('shows read-only once the server dropped a change, while connected', () => {
    expect(run([{ socket: 'open', everOpened: true, confirmed: true }, { writeRefused: 'viewers cannot change the workspace' }, { socket: 'closed', online: false }])).toEqual(['connected', 'read-only', 'offline']);
  });

  it('has the words the brief promises for offline', () => {
    expect(STATUS_TEXT.offline.label).toBe('Offline — changes are kept on this device');
  });
});
