import type { Queryable } from './sql-store.js';

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

/**
 * A rate limit shared by every instance on one PostgreSQL: the same token bucket as
 * {@link RateLimiter}, kept as one row per key with its "theoretical arrival time" (GCRA) and
 * updated in one atomic statement, so N instances allow what one would.
 */
export class SharedRateLimiter {
  constructor(
    readonly perSecond: number,
    readonly burst: number,
  ) {}

  /** Takes one token for `key`: `ok` false when refused, with the seconds to wait. */
  async take(db: Queryable, key: string): Promise<{ ok: boolean; retryAfter: number }> {
    const interval = 1000 / this.perSecond;
    const tolerance = interval * this.burst;
    const { rows } = await db.query<{ ok: boolean; wait_ms: number }>(
      `with now as (select clock_timestamp() as t),
       up as (
         insert into rate_limits as r (bucket, tat) select $1, now.t + make_interval(secs => $2 / 1000.0) from now
         on conflict (bucket) do update set tat = greatest(r.tat, (select t from now)) + make_interval(secs => $2 / 1000.0)
           where greatest(r.tat, (select t from now)) + make_interval(secs => $2 / 1000.0) - (select t from now) <= make_interval(secs => $3 / 1000.0)
         returning 1)
       select exists (select 1 from up) as ok,
              coalesce((select extract(epoch from (r.tat - (select t from now))) * 1000 - $3 from rate_limits r where r.bucket = $1), 0)::float8 as wait_ms`,
      [key, interval, tolerance],
    );
    const ok = rows[0]?.ok ?? true;
    return { ok, retryAfter: ok ? 0 : Math.max(1, Math.ceil((rows[0]?.wait_ms ?? 1000) / 1000)) };
  }
}

/** Forgets buckets idle for a minute (full again: dropping them changes nothing). */
export async function pruneRateLimits(db: Queryable): Promise<void> {
  await db.query(`delete from rate_limits where tat < clock_timestamp() - interval '1 minute'`);
}
