import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../collab/index.ts';
import { createStatusPublisher } from './statusPublisher.ts';
import type { Timers } from './statusPublisher.ts';

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers(): Timers & { advance: (ms: number) => void } {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout: (callback, ms) => {
      due.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...due]) {
        if (timer.at > now) continue;
        due.delete(handle);
        timer.callback();
      }
    },
  };
}

function publisher(): { shown: ConnectionStatus[]; publish: (status: ConnectionStatus) => void; advance: (ms: number) => void } {
  const timers = manualTimers();
  const shown: ConnectionStatus[] = [];
  const statuses = createStatusPublisher((status) => shown.push(status), 1_000, timers);
  return { shown, publish: statuses.publish, advance: timers.advance };
}

describe('createStatusPublisher', () => {
  it('does not flicker "syncing" for changes the server confirms at once (typing)', () => {
    const { shown, publish, advance } = publisher();
    publish('connecting');
    publish('syncing');
    publish('connected');
    for (let key = 0; key < 20; key++) {
      publish('syncing');
      advance(40);
      publish('saved');
    }
    advance(5_000);
    expect(shown).toEqual(['connecting', 'syncing', 'connected', 'saved']);
  });

  it('says "syncing" when the server takes longer than the delay to confirm', () => {
    const { shown, publish, advance } = publisher();
    publish('saved');
    publish('syncing');
    advance(999);
    expect(shown).toEqual(['saved']);
    publish('syncing');
    advance(1);
    expect(shown).toEqual(['saved', 'syncing']);
    publish('saved');
    expect(shown).toEqual(['saved', 'syncing', 'saved']);
  });

  it('shows at once everything else: going offline, coming back, a refused change', () => {
    const { shown, publish, advance } = publisher();
    publish('saved');
    publish('syncing');
    publish('offline');
    advance(2_000);
    publish('syncing');
    publish('read-only');
    expect(shown).toEqual(['saved', 'offline', 'syncing', 'read-only']);
  });
});
