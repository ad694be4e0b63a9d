/**
 * Who a request is: API keys verified against their stored hashes (store/api-keys.ts keeps them)
 * and remembered briefly, origins matched, and the change feed's signed tickets.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { activeKey, KEY_FORMAT, keyOverview, sha256, type ApiKey, type KeyKind } from '../store/api-keys.js';
import type { Queryable } from '../store/sql-store.js';

export { createKey, normalizeOrigin, TENANT_FORMAT, type ApiKey, type KeyKind } from '../store/api-keys.js';

/** True when `origin` is one of `allowed` (where `http://localhost:*` matches any port). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  const o = origin.toLowerCase();
  return allowed.some((a) => a === o || (a.endsWith(':*') && o.startsWith(a.slice(0, -1)) && /^\d{1,5}$/.test(o.slice(a.length - 1))));
}

/**
 * Verifies presented keys against PostgreSQL, remembering answers for `ttlMs` (a revoked key
 * stops working within that time, on every instance) and how many keys exist at all (none: the
 * server is open, for development on loopback only). Memory is bounded.
 */
export class KeyRing {
  private cache = new Map<string, { key: ApiKey | null; at: number }>();
  private summary?: { count: number; origins: string[]; anyOrigin: boolean; at: number };
  private ids = new Map<string, { key: ApiKey | null; at: number }>();

  constructor(
    private readonly query: <T>(fn: (db: Queryable) => Promise<T>) => Promise<T>,
    /** How long an answer is remembered: a revoked key stops working within this time. */
    readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** The active key `presented` names, or null (unknown, revoked, malformed). */
  async verify(presented: string): Promise<ApiKey | null> {
    const m = KEY_FORMAT.exec(presented);
    if (!m) return null;
    const digest = sha256(presented);
    const cacheKey = digest.toString('base64');
    const hit = this.cache.get(cacheKey);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.key;
    const kind: KeyKind = m[1] === 'sec' ? 'secret' : 'publishable';
    const row = await this.query((db) => activeKey(db, m[2]));
    // Constant time: the stored hash against the presented key's (a row is always compared).
    const stored = row?.hash ?? Buffer.alloc(32);
    const match = timingSafeEqual(stored, digest) && !!row && row.kind === kind;
    const key: ApiKey | null = match ? { id: row.id, tenant: row.tenant, kind: row.kind, origins: row.origins, label: row.label, createdAt: row.createdAt } : null;
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(cacheKey, { key, at: Date.now() });
    return key;
  }

  /** The active key with this id (an event ticket names its key), or null. */
  async byId(id: string): Promise<ApiKey | null> {
    const hit = this.ids.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.key;
    const row = await this.query((db) => activeKey(db, id));
    const key: ApiKey | null = row ? { id: row.id, tenant: row.tenant, kind: row.kind, origins: row.origins, label: row.label, createdAt: row.createdAt } : null;
    if (this.ids.size >= this.maxEntries) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(id, { key, at: Date.now() });
    return key;
  }

  /** The active keys at a glance (store/api-keys `keyOverview`), remembered for `ttlMs`. */
  async overview(): Promise<{ count: number; origins: string[]; anyOrigin: boolean }> {
    if (this.summary && Date.now() - this.summary.at < this.ttlMs) return this.summary;
    const summary = await this.query(keyOverview);
    this.summary = { ...summary, at: Date.now() };
    return this.summary;
  }

  /** Forgets what was learned (tests; after creating or revoking keys in this process). */
  reset(): void {
    this.cache.clear();
    this.ids.clear();
    this.summary = undefined;
  }
}

/**
 * Short-lived tickets for the change feed: `EventSource` cannot send an Authorization header, so
 * a client exchanges its key for a ticket (`POST /events/tickets`) and puts only that in the URL.
 * Signed with a secret kept in PostgreSQL, so any instance accepts another's tickets.
 */
export class Tickets {
  constructor(
    private readonly secret: Buffer,
    readonly ttlMs = 5 * 60_000,
  ) {}

  issue(key: ApiKey, now = Date.now()): { ticket: string; expiresAt: string } {
    const exp = now + this.ttlMs;
    const payload = Buffer.from(JSON.stringify({ t: key.tenant, k: key.id, e: exp })).toString('base64url');
    return { ticket: `${payload}.${this.sign(payload)}`, expiresAt: new Date(exp).toISOString() };
  }

  /** The tenant and key id a valid, unexpired ticket carries, or null. */
  check(ticket: string, now = Date.now()): { tenant: string; keyId: string } | null {
    const [payload, signature, extra] = ticket.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { t, k, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t: string; k: string; e: number };
      return typeof e === 'number' && e > now && typeof t === 'string' && typeof k === 'string' ? { tenant: t, keyId: k } : null;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
