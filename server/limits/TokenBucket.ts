/**
 * A token bucket: holds up to `capacity` tokens, refilled at `perSecond`. Callers take one token
 * per event; when none is left they wait `waitMs()` or refuse. Time comes from `now` so tests
 * can drive it.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    if (!(capacity > 0) || !(perSecond > 0)) throw new Error(`TokenBucket needs a positive capacity and rate, not ${capacity} and ${perSecond}`);
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Takes a token if there is one; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Takes a token even if that leaves the bucket in debt (for events that already happened). */
  force(): void {
    this.refill();
    this.tokens -= 1;
  }

  /** Milliseconds until a token is available (0 if one is). */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** True when the bucket is full again: nothing to remember. */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
  }
}
