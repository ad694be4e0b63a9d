import type pg from 'pg';
import type { ChangeSet, StoredRecord } from '../src/domain/change-set.js';
import { ConflictError } from '../src/adapters/errors.js';
import { indexKey } from '../src/adapters/local/keys.js';
import { commitInfo, type CommitInfo, type CommitListener, type CommitOptions, type PageOptions, type PageResult, type RecordStore } from '../src/adapters/local/record-store.js';
import { fromStored, physical, STORES, toStored, type ReadStore } from '../src/adapters/local/schema.js';

/**
 * The RecordStore the local adapter runs on, in PostgreSQL: so the reference server applies the
 * very same domain rules as the browser (LocalAdapter over this store). Records are JSONB rows
 * per (tenant, store, id) with their version; every index of the browser schema is kept as rows
 * of `index_entries` with an order-preserving text encoding of the IndexedDB key (COLLATE "C"),
 * unique indexes as a partial unique index. A commit is atomic: versions checked under row
 * locks, creates refused by the primary key, counters updated additively.
 *
 * A store is bound to one connection for one request (a request never needs two pooled
 * connections). Outside a transaction each commit is its own transaction; inside the request's
 * transaction (`inTransaction`: creates, whose Idempotency-Key record commits with their effect)
 * each commit is a savepoint, and its change events wait for the request's COMMIT
 * (`heldCommits`, `flushCommits`).
 */

/** Schema migrations, applied in order, never edited once released. */
export const MIGRATIONS = [
  `create table if not exists records (
     tenant text not null, store text not null, id text not null, version int not null, data jsonb not null,
     primary key (tenant, store, id));
   create table if not exists index_entries (
     tenant text not null, store text not null, idx text not null, key text collate "C" not null, id text not null, uniq boolean not null,
     primary key (tenant, store, idx, key, id));
   create unique index if not exists index_entries_unique on index_entries (tenant, store, idx, key) where uniq;
   create index if not exists index_entries_by_record on index_entries (tenant, store, id);
   create table if not exists counters (tenant text not null, key text not null, counts jsonb not null, primary key (tenant, key));`,
  // 2: counters in shards, so concurrent submissions to one campaign do not queue on one row.
  `alter table counters add column if not exists shard int not null default 0;
   alter table counters drop constraint if exists counters_pkey;
   alter table counters add primary key (tenant, key, shard);`,
  // 3: the server's own tables: Idempotency-Keys (written in the transaction of their effect),
  // API keys bound to tenants (only a hash is kept), and the secret that signs event tickets.
  `create table if not exists idempotency (
     tenant text not null, key text not null, method text not null, fingerprint text not null, status int not null, response jsonb,
     created_at timestamptz not null default now(), primary key (tenant, key, method));
   create table if not exists api_keys (
     id text primary key, tenant text not null, kind text not null check (kind in ('secret', 'publishable')),
     hash bytea not null, origins text[] not null default '{}', label text not null default '',
     created_at timestamptz not null default now(), revoked_at timestamptz);
   create index if not exists api_keys_by_tenant on api_keys (tenant);
   create table if not exists server_secrets (name text primary key, secret bytea not null);
   insert into server_secrets (name, secret) values ('ticket', decode(md5(random()::text || clock_timestamp()::text) || md5(random()::text || pg_backend_pid()::text), 'hex'))
     on conflict (name) do nothing;`,
  // 4: lead-submission rate limits shared by every instance (token buckets as GCRA rows).
  `create unlogged table if not exists rate_limits (bucket text primary key, tat timestamptz not null);`,
];

/** A connection (a checked-out `pg.PoolClient`) or anything that runs a query. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Counter rows per key: a commit adds to one at random; reads sum them. */
const COUNTER_SHARDS = 16;

/** Applies the pending migrations (several instances starting at once: one applies, the others wait). */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  client.on('error', () => {}); // a lost connection fails the query below; the caller retries
  try {
    await client.query('select pg_advisory_lock(424242)');
    await client.query('create table if not exists schema_migrations (version int primary key)');
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (done.has(i + 1)) continue;
      await client.query('begin');
      await client.query(sql);
      await client.query('insert into schema_migrations (version) values ($1)', [i + 1]);
      await client.query('commit');
    }
  } finally {
    await client.query('select pg_advisory_unlock(424242)').catch(() => {});
    client.release();
  }
}

/**
 * Order-preserving text for an IndexedDB key (numbers before strings before arrays, arrays by
 * their components, a shorter array first). Characters below U+0003 are escaped so the
 * component terminator U+0001 sorts below any content.
 */
export function encodeKey(key: unknown): string {
  if (Array.isArray(key)) return `a${key.map(encodeKey).join('')}\u0001`;
  if (typeof key === 'number') {
    const n = key < 0 ? -key : key;
    const s = n.toExponential(15).replace(/e\+?/, 'e').split('e');
    const exp = Number(s[1]) + 500;
    const body = `${String(exp).padStart(4, '0')}${s[0].replace('.', '')}`;
    return key < 0 ? `m${[...body].map((c) => String(9 - Number(c))).join('')}\u0001` : `n${body}\u0001`;
  }
  const text = String(key).replace(/[\u0000-\u0002]/g, (c) => `\u0002${String.fromCharCode(c.charCodeAt(0) + 0x20)}`);
  return `s${text}\u0001`;
}

type Row = { data: StoredRecord; key?: string };

export class PostgresStore implements RecordStore {
  readonly name: string;
  private listeners = new Set<CommitListener>();
  /** Commits made inside the request's transaction, announced once it commits. */
  private held: { info: CommitInfo; origin: unknown }[] = [];
  private savepoints = 0;

  constructor(
    private readonly db: Queryable,
    readonly tenant = 'default',
    /** True when the caller holds a transaction open on `db` (commits become savepoints). */
    private readonly inTransaction = false,
  ) {
    this.name = `postgres:${tenant}`;
  }

  private async rows(sql: string, params: unknown[]): Promise<Row[]> {
    return (await this.db.query<Row>(sql, params)).rows;
  }

  /** What the commits inside the request's transaction touched (to announce with it). */
  heldCommits(): CommitInfo[] {
    return this.held.map((h) => h.info);
  }

  /** Announces the commits held until the request's transaction committed (to this store's listeners). */
  flushCommits(): void {
    const held = this.held;
    this.held = [];
    for (const { info, origin } of held) this.listeners.forEach((l) => l(info, origin));
  }

  async get<T>(store: ReadStore, id: string): Promise<T | undefined> {
    const [row] = await this.rows('select data from records where tenant = $1 and store = $2 and id = $3', [this.tenant, physical(store), id]);
    return fromStored<T>(store, row?.data);
  }

  async getMany<T>(store: ReadStore, ids: readonly string[]): Promise<(T | undefined)[]> {
    if (!ids.length) return [];
    const rows = await this.rows('select data from records where tenant = $1 and store = $2 and id = any($3)', [this.tenant, physical(store), [...ids]]);
    const byId = new Map(rows.map((r) => [r.data.id, r.data]));
    return ids.map((id) => fromStored<T>(store, byId.get(id)));
  }

  async getAll<T>(store: ReadStore): Promise<T[]> {
    const rows = await this.rows('select data from records where tenant = $1 and store = $2 order by id', [this.tenant, physical(store)]);
    return rows.map((r) => fromStored<T>(store, r.data)).filter((r): r is T => r !== undefined);
  }

  async getByIndex<T>(store: ReadStore, index: string, key: IDBValidKey): Promise<T[]> {
    return (await this.getByIndexMany<T>(store, index, [key]))[0];
  }

  async getByIndexMany<T>(store: ReadStore, index: string, keys: readonly IDBValidKey[]): Promise<T[][]> {
    if (!keys.length) return [];
    const encoded = keys.map(encodeKey);
    const rows = await this.rows(
      `select r.data, e.key from index_entries e join records r on r.tenant = e.tenant and r.store = e.store and r.id = e.id
       where e.tenant = $1 and e.store = $2 and e.idx = $3 and e.key = any($4) order by e.key, e.id`,
      [this.tenant, physical(store), index, encoded],
    );
    return encoded.map((k) => rows.filter((r) => r.key === k).map((r) => fromStored<T>(store, r.data)).filter((r): r is T => r !== undefined));
  }

  async page(store: ReadStore, index: string, o: PageOptions): Promise<PageResult> {
    const name = physical(store);
    const def = STORES[name].find((i) => i.name === index);
    if (!def) throw new Error(`No index ${index} on ${name}`);
    // The prefix's encoding without its closing terminator starts every key under it.
    const prefix = encodeKey(o.prefix).slice(0, -1);
    const upper = `${prefix}\uffff`;
    const asc = o.direction === 'next';
    const items: StoredRecord[] = [];
    let lastKey: IDBValidKey[] | undefined;
    let after = o.after ? encodeKey(o.after) : undefined;
    let skip = o.skip ?? 0;
    const chunk = o.filter ? 200 : o.limit + 1;
    for (;;) {
      const params: unknown[] = [this.tenant, name, index, prefix, upper, chunk, skip];
      const bound = after ? ` and e.key ${asc ? '>' : '<'} $8` : '';
      if (after) params.push(after);
      const rows = await this.rows(
        `select r.data, e.key from index_entries e join records r on r.tenant = e.tenant and r.store = e.store and r.id = e.id
         where e.tenant = $1 and e.store = $2 and e.idx = $3 and e.key >= $4 and e.key < $5${bound}
         order by e.key ${asc ? 'asc' : 'desc'} limit $6 offset $7`,
        params,
      );
      skip = 0;
      for (const r of rows) {
        if (items.length === o.limit) return { items, lastKey, more: true };
        after = r.key;
        if (o.filter && !o.filter(r.data)) continue;
        const record = fromStored<StoredRecord>(store, r.data);
        if (!record) continue;
        items.push(record);
        lastKey = indexKey(r.data, def.keyPath) as IDBValidKey[];
      }
      if (rows.length < chunk) return { items, lastKey, more: false };
    }
  }

  async counter(key: string): Promise<Record<string, number> | undefined> {
    const { rows } = await this.db.query<{ counts: Record<string, number> }>('select counts from counters where tenant = $1 and key = $2', [this.tenant, key]);
    if (!rows.length) return undefined;
    const sum: Record<string, number> = {};
    for (const r of rows) for (const [k, v] of Object.entries(r.counts)) sum[k] = (sum[k] ?? 0) + v;
    return sum;
  }

  async commit(changes: ChangeSet, options: CommitOptions = {}): Promise<void> {
    const client = this.db;
    const savepoint = this.inTransaction ? `c${++this.savepoints}` : undefined;
    try {
      await client.query(savepoint ? `savepoint ${savepoint}` : 'begin');
      for (const w of changes.writes) {
        const store = physical(w.store);
        if (w.expect === null) continue;
        const { rows } = await client.query<{ version: number; data: StoredRecord }>(
          'select version, data from records where tenant = $1 and store = $2 and id = $3 for update',
          [this.tenant, store, w.record.id],
        );
        const current = fromStored<StoredRecord>(w.store, rows[0]?.data);
        if (current?.version !== w.expect) throw new ConflictError(`${w.store} ${w.record.id} changed since it was read`, 'version');
      }
      for (const d of changes.deletes) {
        const { rows } = await client.query<{ data: StoredRecord }>('select data from records where tenant = $1 and store = $2 and id = $3 for update', [
          this.tenant,
          physical(d.store),
          d.id,
        ]);
        if (fromStored<StoredRecord>(d.store, rows[0]?.data)?.version !== d.expect) throw new ConflictError(`${d.store} ${d.id} changed since it was read`);
        await client.query('delete from records where tenant = $1 and store = $2 and id = $3', [this.tenant, physical(d.store), d.id]);
        await client.query('delete from index_entries where tenant = $1 and store = $2 and id = $3', [this.tenant, physical(d.store), d.id]);
      }
      for (const w of changes.writes) {
        const store = physical(w.store);
        const stored = toStored(w.store, w.record);
        try {
          if (w.expect === null) {
            await client.query('insert into records (tenant, store, id, version, data) values ($1, $2, $3, $4, $5)', [this.tenant, store, stored.id, stored.version, stored]);
          } else {
            await client.query('update records set version = $4, data = $5 where tenant = $1 and store = $2 and id = $3', [this.tenant, store, stored.id, stored.version, stored]);
            await client.query('delete from index_entries where tenant = $1 and store = $2 and id = $3', [this.tenant, store, stored.id]);
          }
          const entries = STORES[store]
            .map((i) => ({ i, key: indexKey(stored, i.keyPath) }))
            .filter((e) => e.key !== undefined);
          if (entries.length) {
            await client.query(
              `insert into index_entries (tenant, store, idx, key, id, uniq)
               select $1, $2, unnest($3::text[]), unnest($4::text[]), $5, unnest($6::boolean[])`,
              [this.tenant, store, entries.map((e) => e.i.name), entries.map((e) => encodeKey(e.key)), stored.id, entries.map((e) => !!e.i.unique)],
            );
          }
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === '40P01' || code === '40001') throw new ConflictError(`${w.store} ${w.record.id} was written concurrently`, 'version');
          if (code === '23505') {
            throw new ConflictError(`${w.store} ${w.record.id}: a record with the same ${w.expect === null ? 'id or unique key' : 'unique key'} exists`, 'exists');
          }
          throw error;
        }
      }
      for (const c of [...changes.counters].sort((a, b) => (a.key < b.key ? -1 : 1))) {
        await client.query(
          `insert into counters (tenant, key, shard, counts) values ($1, $2, $4, $3::jsonb)
           on conflict (tenant, key, shard) do update set counts = (
             select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from (
               select k, sum(v)::int as v from (
                 select key as k, value::int as v from jsonb_each_text(counters.counts)
                 union all select key, value::int from jsonb_each_text(excluded.counts)) s group by k) t)`,
          [this.tenant, c.key, JSON.stringify(c.deltas), Math.floor(Math.random() * COUNTER_SHARDS)],
        );
      }
      await client.query(savepoint ? `release savepoint ${savepoint}` : 'commit');
    } catch (error) {
      await client.query(savepoint ? `rollback to savepoint ${savepoint}` : 'rollback').catch(() => {});
      const code = (error as { code?: string }).code;
      if (code === '40P01' || code === '40001') throw new ConflictError('a concurrent change won; retry', 'version');
      throw error;
    }
    const info = commitInfo(changes);
    if (savepoint) this.held.push({ info, origin: options.origin });
    else this.listeners.forEach((l) => l(info, options.origin));
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
  }
}
