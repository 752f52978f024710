import { describe, expect, it } from 'vitest';
import { ConnectionAttempts, DEFAULT_LIMITS, TokenBucket, limitsFromEnv } from './index.ts';

describe('TokenBucket', () => {
  it('allows a burst, then the rate, and says how long to wait', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 10, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    expect(bucket.waitMs()).toBe(100);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    expect(bucket.isFull()).toBe(true);
  });

  it('goes into debt when forced, so a flood waits longer', () => {
    let now = 0;
    const bucket = new TokenBucket(1, 10, () => now);
    for (let i = 0; i < 11; i++) bucket.force();
    expect(bucket.waitMs()).toBe(1100);
    now += 1100;
    expect(bucket.take()).toBe(true);
  });
});

describe('ConnectionAttempts', () => {
  it('limits each address separately and forgets the quiet ones', () => {
    let now = 0;
    const attempts = new ConnectionAttempts(2, () => now);
    expect([attempts.allow('10.0.0.1'), attempts.allow('10.0.0.1'), attempts.allow('10.0.0.1')]).toEqual([true, true, false]);
    expect(attempts.allow('10.0.0.2')).toBe(true);
    now += 30_000; // one attempt back (2 per minute)
    expect(attempts.allow('10.0.0.1')).toBe(true);
    expect(attempts.allow('10.0.0.1')).toBe(false);
    now += 60_000;
    attempts.sweep();
    expect(attempts.size).toBe(0);
  });
});

describe('limitsFromEnv', () => {
  it('reads the documented variables and names a bad one', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ MAX_FRAME_BYTES: '1024', MAX_CONNECTS_PER_MINUTE: '5' })).toMatchObject({ maxFrameBytes: 1024, connectsPerMinutePerIp: 5 });
    expect(() => limitsFromEnv({ MAX_ROOM_BYTES: '-1' })).toThrow('MAX_ROOM_BYTES must be a positive whole number, not "-1"');
    expect(() => limitsFromEnv({ MAX_MESSAGES_PER_SECOND: 'lots' })).toThrow(/MAX_MESSAGES_PER_SECOND/);
  });
});
