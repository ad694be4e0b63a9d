import type pg from 'pg';
import type { StoreName, StoredRecord } from '../src/domain/change-set.js';
import { fromStored } from '../src/adapters/local/schema.js';
import { CHANGE_LOG_TABLE, HELD_SUBMISSIONS_TABLE, MATERIALS_TABLE, RELATIONAL_SCHEMA } from './schema.js';
import { SqlStore } from './sql-store.js';

export type { Queryable } from './sql-store.js';

/**
 * The server's schema migrations, applied in order at start (several instances starting at
 * once: one applies them, the others wait), never edited once released. 1-4 made the JSONB
 * layout of the first servers (records + imitated IndexedDB indexes); 5 creates the relational
 * tables (schema.ts); 6 moves a JSONB-layout database into them, nothing lost, and keeps the
 * old tables as `legacy_*` for the operator to drop once satisfied (dropped when empty); 7 adds
 * the member statuses' web-form flag; 8 the quarantine of submissions held as suspected spam;
 * 9 campaign materials and counters that cascade with a deleted campaign; 10 the change log.
 */
export const MIGRATIONS: (string | ((client: pg.PoolClient) => Promise<void>))[] = [
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
  // 5: the relational schema.
  RELATIONAL_SCHEMA,
  // 6: the JSONB layout's records moved into it.
  moveJsonbLayout,
  // 7: which member statuses a public web form (a publishable key) may record. A database
  // created since has the column from 5 (migration 6 writes statuses with it); one that had
  // run 5 and 6 before gets it here.
  `alter table campaign_member_statuses add column if not exists web_form boolean not null default false;`,
  // 8: submissions held as suspected spam (a database created since has the table from 5).
  HELD_SUBMISSIONS_TABLE,
  // 9: campaign materials, and member counters that go with a deleted (empty) campaign.
  MATERIALS_TABLE,
  // 10: the change log (missed changes replayed to a client that reconnects with Last-Event-ID).
  CHANGE_LOG_TABLE,
];

/** The database was migrated by a newer server than this one: this code must not write to it. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(`the database is at schema version ${databaseVersion}, newer than this server knows (${codeVersion}): run the server version that migrated it (or newer), or restore a backup made for this one`);
  }
}

/**
 * Applies the pending migrations (several instances starting at once: one applies, the others
 * wait). A database at a version this code does not know (migrated by a newer server) is refused
 * with `SchemaTooNewError`, before anything is read or written.
 */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  client.on('error', () => {}); // a lost connection fails the query below; the caller retries
  try {
    await client.query('select pg_advisory_lock(424242)');
    await client.query('create table if not exists schema_migrations (version int primary key)');
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > MIGRATIONS.length) throw new SchemaTooNewError(newest, MIGRATIONS.length);
    for (const [i, sql] of MIGRATIONS.entries()) {
      if (done.has(i + 1)) continue;
      await client.query('begin');
      try {
        if (typeof sql === 'string') await client.query(sql);
        else await sql(client);
        await client.query('insert into schema_migrations (version) values ($1)', [i + 1]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        const e = error as { code?: string; message?: string };
        throw Object.assign(new Error(`schema migration ${i + 1} failed (nothing of it applied): ${e.message}`, { cause: error }), { code: e.code });
      }
    }
    await client.query('select pg_advisory_unlock(424242)');
    client.release();
  } catch (error) {
    // Never back into the pool in an unknown state: the connection (and its lock) goes.
    client.release(error as Error);
    throw error;
  }
}


/** Logical stores in the order their rows are moved (parents first; foreign keys are deferred anyway). */
const MOVE_ORDER: StoreName[] = ['campaigns', 'accounts', 'leads', 'contacts', 'opportunities', 'members', 'submissions'];

/**
 * Migration 6: every record of the JSONB layout becomes a row of its table, written by the same
 * code as the server's own writes (so derived search and sort columns are the domain's); member
 * counts are summed over their shards. In the migration's transaction: all or nothing.
 */
export async function moveJsonbLayout(client: pg.PoolClient): Promise<void> {
  const { rows: present } = await client.query<{ n: string }>(`select count(*) as n from records`);
  const { rows: counted } = await client.query<{ n: string }>(`select count(*) as n from counters`);
  if (Number(present[0].n) + Number(counted[0].n) === 0) {
    await client.query('drop table records, index_entries, counters');
    return;
  }
  for (const store of MOVE_ORDER) {
    const physicalStore = store === 'leads' || store === 'contacts' ? 'people' : store;
    let after = ['', ''];
    for (;;) {
      const { rows } = await client.query<{ tenant: string; id: string; data: StoredRecord }>(
        `select tenant, id, data from records where store = $1 and (tenant, id) > ($2, $3) order by tenant, id limit 1000`,
        [physicalStore, ...after],
      );
      if (!rows.length) break;
      after = [rows[rows.length - 1].tenant, rows[rows.length - 1].id];
      const byTenant = new Map<string, StoredRecord[]>();
      for (const r of rows) {
        const record = fromStored<StoredRecord>(store, r.data);
        if (record) (byTenant.get(r.tenant) ?? byTenant.set(r.tenant, []).get(r.tenant)!).push(record);
      }
      for (const [tenant, records] of byTenant) {
        const statement = SqlStore.open(client, tenant, 'deferred').commitStatement({ writes: records.map((record) => ({ store, record, expect: null })), deletes: [], counters: [], campaignIds: [] });
        if (statement) await client.query(statement.text, statement.values);
      }
    }
  }
  await client.query(`insert into campaign_member_counts (tenant_id, campaign_id, metric, shard, n)
    select c.tenant, substr(c.key, length('members:') + 1), kv.key, 0, sum(kv.value::bigint)
    from counters c, jsonb_each_text(c.counts) kv where c.key like 'members:%' group by c.tenant, c.key, kv.key having sum(kv.value::bigint) <> 0`);
  await client.query('alter table records rename to legacy_records');
  await client.query('alter table index_entries rename to legacy_index_entries');
  await client.query('alter table counters rename to legacy_counters');
}
