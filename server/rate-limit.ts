/**
 * Token buckets per key (an API key and the client's address — never a header the client
 * chooses), in bounded memory: at most `maxBuckets` are kept, the least recently used go first,
 * and a bucket that has refilled is as good as a new one, so dropping it changes nothing.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly maxBuckets = 50_000,
  ) {}

  /** Takes one token for `key`; false when the bucket is empty (the request is refused). */
  take(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.delete(key); // re-inserted last: Map order is least recently used first
    if (this.buckets.size >= this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    if (b.tokens < this.burst) this.buckets.set(key, b);
    return ok;
  }

  /** Seconds until `key` has a token again (for Retry-After). */
  retryAfter(key: string): number {
    const b = this.buckets.get(key);
    return b ? Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond)) : 1;
  }

  get size(): number {
    return this.buckets.size;
  }
}
