import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './postgres-store.js';

/**
 * API keys bound to tenants. A key reads `lk_<kind>_<id>_<secret>`: the id finds the row, the
 * secret is compared (constant time) with the SHA-256 kept in PostgreSQL — the key itself is
 * shown once, when it is created, and stored nowhere.
 *
 * - **secret** (`lk_sec_…`): the whole API of its tenant (portals, staff, servers).
 * - **publishable** (`lk_pub_…`): safe in a landing page's source: lead submissions and the
 *   member statuses a form may show, nothing else.
 *
 * A key may be restricted to origins (`https://example.com`): a browser request from any other
 * origin is refused. The tenant always comes from the key.
 */
export type KeyKind = 'secret' | 'publishable';

export interface ApiKey {
  id: string;
  tenant: string;
  kind: KeyKind;
  origins: string[];
  label: string;
  createdAt: string;
  revokedAt?: string;
}

const PREFIX: Record<KeyKind, string> = { secret: 'sec', publishable: 'pub' };
const KEY_FORMAT = /^lk_(sec|pub)_([a-z0-9]{12})_([A-Za-z0-9_-]{32,64})$/;
export const TENANT_FORMAT = /^[A-Za-z0-9][\w-]{0,63}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** An origin as browsers send it (`scheme://host[:port]`), or a pattern with a `*` port. */
export function normalizeOrigin(origin: string): string {
  const m = /^(https?):\/\/([^/:?#\s]+)(?::(\d{1,5}|\*))?\/?$/i.exec(origin.trim());
  if (!m) throw new Error(`Not an origin: ${origin} (expected https://host[:port])`);
  const [, scheme, host, port] = m;
  return `${scheme.toLowerCase()}://${host.toLowerCase()}${port ? `:${port}` : ''}`;
}

/** True when `origin` is one of `allowed` (where `http://localhost:*` matches any port). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  const o = origin.toLowerCase();
  return allowed.some((a) => a === o || (a.endsWith(':*') && o.startsWith(a.slice(0, -1)) && /^\d{1,5}$/.test(o.slice(a.length - 1))));
}

/** Creates a key; the returned `key` is the only time its secret exists outside the caller. */
export async function createKey(db: Queryable, input: { tenant: string; kind: KeyKind; origins?: string[]; label?: string }): Promise<{ key: string; record: ApiKey }> {
  if (!TENANT_FORMAT.test(input.tenant)) throw new Error(`Invalid tenant "${input.tenant}": letters, digits, _ and -, at most 64`);
  if (input.kind !== 'secret' && input.kind !== 'publishable') throw new Error(`Invalid kind "${String(input.kind)}": secret or publishable`);
  const origins = (input.origins ?? []).map(normalizeOrigin);
  const id = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  const key = `lk_${PREFIX[input.kind]}_${id}_${secret}`;
  const { rows } = await db.query<{ created_at: Date }>(
    'insert into api_keys (id, tenant, kind, hash, origins, label) values ($1, $2, $3, $4, $5, $6) returning created_at',
    [id, input.tenant, input.kind, sha256(key), origins, input.label ?? ''],
  );
  return { key, record: { id, tenant: input.tenant, kind: input.kind, origins, label: input.label ?? '', createdAt: rows[0].created_at.toISOString() } };
}

export async function listKeys(db: Queryable, tenant?: string): Promise<ApiKey[]> {
  const { rows } = await db.query<{ id: string; tenant: string; kind: KeyKind; origins: string[]; label: string; created_at: Date; revoked_at: Date | null }>(
    `select id, tenant, kind, origins, label, created_at, revoked_at from api_keys ${tenant ? 'where tenant = $1' : ''} order by tenant, created_at`,
    tenant ? [tenant] : [],
  );
  return rows.map((r) => ({
    id: r.id,
    tenant: r.tenant,
    kind: r.kind,
    origins: r.origins,
    label: r.label,
    createdAt: r.created_at.toISOString(),
    ...(r.revoked_at ? { revokedAt: r.revoked_at.toISOString() } : {}),
  }));
}

/** Revokes a key by its id (the part after `lk_sec_`/`lk_pub_`); true when it was active. */
export async function revokeKey(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('update api_keys set revoked_at = now() where id = $1 and revoked_at is null', [id]);
  return (rowCount ?? 0) > 0;
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
    const row = await this.query(async (db) => {
      const { rows } = await db.query<{ id: string; tenant: string; kind: KeyKind; hash: Buffer; origins: string[]; label: string; created_at: Date }>(
        'select id, tenant, kind, hash, origins, label, created_at from api_keys where id = $1 and revoked_at is null',
        [m[2]],
      );
      return rows[0];
    });
    // Constant time: the stored hash against the presented key's (a row is always compared).
    const stored = row?.hash ?? Buffer.alloc(32);
    const match = timingSafeEqual(stored, digest) && !!row && row.kind === kind;
    const key: ApiKey | null = match ? { id: row.id, tenant: row.tenant, kind: row.kind, origins: row.origins, label: row.label, createdAt: row.created_at.toISOString() } : null;
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(cacheKey, { key, at: Date.now() });
    return key;
  }

  /** The active key with this id (an event ticket names its key), or null. */
  async byId(id: string): Promise<ApiKey | null> {
    const hit = this.ids.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.key;
    const row = await this.query(async (db) => {
      const { rows } = await db.query<{ id: string; tenant: string; kind: KeyKind; origins: string[]; label: string; created_at: Date }>(
        'select id, tenant, kind, origins, label, created_at from api_keys where id = $1 and revoked_at is null',
        [id],
      );
      return rows[0];
    });
    const key: ApiKey | null = row ? { id: row.id, tenant: row.tenant, kind: row.kind, origins: row.origins, label: row.label, createdAt: row.created_at.toISOString() } : null;
    if (this.ids.size >= this.maxEntries) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(id, { key, at: Date.now() });
    return key;
  }

  /**
   * How many active keys exist, every origin they are restricted to, and whether a publishable
   * key without restriction exists (then any origin may send a preflight).
   */
  async overview(): Promise<{ count: number; origins: string[]; anyOrigin: boolean }> {
    if (this.summary && Date.now() - this.summary.at < this.ttlMs) return this.summary;
    const summary = await this.query(async (db) => {
      const { rows } = await db.query<{ count: string; origins: string[] | null; any_origin: boolean }>(
        `select count(*) as count,
                array(select distinct unnest(origins) from api_keys where revoked_at is null) as origins,
                bool_or(kind = 'publishable' and cardinality(origins) = 0) as any_origin
           from api_keys where revoked_at is null`,
      );
      return { count: Number(rows[0].count), origins: rows[0].origins ?? [], anyOrigin: !!rows[0].any_origin };
    });
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

/** The ticket-signing secret every instance shares (created by migration 3). */
export async function ticketSecret(db: Queryable): Promise<Buffer> {
  const { rows } = await db.query<{ secret: Buffer }>(`select secret from server_secrets where name = 'ticket'`);
  if (!rows[0]) throw new Error('server_secrets has no ticket secret: migrations did not run');
  return rows[0].secret;
}
