import { TokenBucket } from './TokenBucket.ts';

/** Past this many remembered addresses, the oldest are forgotten (memory stays bounded). */
const MAX_ADDRESSES = 50_000;

/**
 * Counts WebSocket connection attempts per IP address: `perMinute` attempts at once, refilled at
 * `perMinute` per minute. Addresses whose allowance is full again are forgotten on `sweep()`.
 * The address is the socket's peer: a proxy in front of the server must do its own limiting.
 */
export class ConnectionAttempts {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  /** Records an attempt from `address`; false when it is over the limit. */
  allow(address: string): boolean {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= MAX_ADDRESSES) this.buckets.delete(this.buckets.keys().next().value as string);
      bucket = new TokenBucket(this.perMinute, this.perMinute / 60, this.now);
      this.buckets.set(address, bucket);
    }
    return bucket.take();
  }

  /** Forgets addresses that have their whole allowance back. */
  sweep(): void {
    for (const [address, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(address);
  }

  /** How many addresses are remembered. */
  get size(): number {
    return this.buckets.size;
  }
}
