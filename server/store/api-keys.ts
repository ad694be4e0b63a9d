import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './sql-store.js';

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
/** `lk_<kind>_<id>_<secret>`. */
export const KEY_FORMAT = /^lk_(sec|pub)_([a-z0-9]{12})_([A-Za-z0-9_-]{32,64})$/;
export const TENANT_FORMAT = /^[A-Za-z0-9][\w-]{0,63}$/;

export const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** An origin as browsers send it (`scheme://host[:port]`), or a pattern with a `*` port. */
export function normalizeOrigin(origin: string): string {
  const m = /^(https?):\/\/([^/:?#\s]+)(?::(\d{1,5}|\*))?\/?$/i.exec(origin.trim());
  if (!m) throw new Error(`Not an origin: ${origin} (expected https://host[:port])`);
  const [, scheme, host, port] = m;
  return `${scheme.toLowerCase()}://${host.toLowerCase()}${port ? `:${port}` : ''}`;
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
  return rows.map(toKey);
}

/** Revokes a key by its id (the part after `lk_sec_`/`lk_pub_`); true when it was active. */
export async function revokeKey(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('update api_keys set revoked_at = now() where id = $1 and revoked_at is null', [id]);
  return (rowCount ?? 0) > 0;
}

type KeyRow = { id: string; tenant: string; kind: KeyKind; origins: string[]; label: string; created_at: Date; revoked_at?: Date | null };
const toKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  tenant: r.tenant,
  kind: r.kind,
  origins: r.origins,
  label: r.label,
  createdAt: r.created_at.toISOString(),
  ...(r.revoked_at ? { revokedAt: r.revoked_at.toISOString() } : {}),
});

/** The active key with this id, with its stored hash; undefined when none. */
export async function activeKey(db: Queryable, id: string): Promise<(ApiKey & { hash: Buffer }) | undefined> {
  const { rows } = await db.query<KeyRow & { hash: Buffer }>('select id, tenant, kind, hash, origins, label, created_at from api_keys where id = $1 and revoked_at is null', [id]);
  return rows[0] && { ...toKey(rows[0]), hash: rows[0].hash };
}

/**
 * How many active keys exist, every origin they are restricted to, and whether a publishable key
 * without restriction exists (then any origin may send a preflight).
 */
export async function keyOverview(db: Queryable): Promise<{ count: number; origins: string[]; anyOrigin: boolean }> {
  const { rows } = await db.query<{ count: string; origins: string[] | null; any_origin: boolean }>(
    `select count(*) as count,
            array(select distinct unnest(origins) from api_keys where revoked_at is null) as origins,
            bool_or(kind = 'publishable' and cardinality(origins) = 0) as any_origin
       from api_keys where revoked_at is null`,
  );
  return { count: Number(rows[0].count), origins: rows[0].origins ?? [], anyOrigin: !!rows[0].any_origin };
}

/** The ticket-signing secret every instance shares (created by migration 3). */
export async function ticketSecret(db: Queryable): Promise<Buffer> {
  const { rows } = await db.query<{ secret: Buffer }>(`select secret from server_secrets where name = 'ticket'`);
  if (!rows[0]) throw new Error('server_secrets has no ticket secret: migrations did not run');
  return rows[0].secret;
}
