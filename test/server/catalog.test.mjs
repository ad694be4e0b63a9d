// Ready for distributed PostgreSQL (Citus): every tenant table is keyed by tenant_id first, and
// no primary key, unique constraint or foreign key reaches across tenants — read from the
// catalog of a database the server migrated, so a table added later is checked too.
import assert from 'node:assert/strict';
import pg from 'pg';
import { after, before, describe, it } from 'node:test';
import { database, makeKey } from './harness.mjs';

/**
 * Tables that are not distributed by tenant, and why (README "Deploying the server": reference
 * tables on every node, or local to the coordinator). Every other table must be a tenant table.
 */
const NOT_DISTRIBUTED = {
  schema_migrations: 'reference: the schema version',
  api_keys: 'reference: keys are looked up by id before the tenant is known',
  server_secrets: 'reference: the ticket-signing secret',
  change_log_state: 'reference: one row, how far the change log was pruned',
  rate_limits: 'local: token buckets (unlogged), keyed by key id and client address',
  idempotency: 'distributed by `tenant` (its first key column)',
};

describe('Lead Kit server: the catalog is ready for distribution by tenant', () => {
  let db;
  let client;
  before(async () => {
    db = await database();
    makeKey(db, 'catalog'); // the keys command migrates the database first
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  after(async () => {
    await client?.end();
    db?.stop();
  });

  const q = async (sql, params = []) => (await client.query(sql, params)).rows;

  it('every table is a tenant table or a named exception; every tenant table has tenant_id first in its primary key', async () => {
    const tables = (await q(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`)).map((r) => r.name);
    const legacy = tables.filter((t) => t.startsWith('legacy_'));
    const tenantTables = tables.filter((t) => !(t in NOT_DISTRIBUTED) && !legacy.includes(t));
    assert.ok(tenantTables.length >= 12, `tenant tables found: ${tenantTables.join(', ')}`);
    const pk = await q(
      `select c.conrelid::regclass::text as tbl, (select array_agg(a.attname::text order by k.ord) from unnest(c.conkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num) as cols
       from pg_constraint c where c.contype = 'p' and c.connamespace = 'public'::regnamespace`,
    );
    const firstOf = Object.fromEntries(pk.map((r) => [r.tbl, r.cols[0]]));
    for (const t of tenantTables) assert.equal(firstOf[t], 'tenant_id', `${t}: primary key starts with tenant_id`);
    assert.equal(firstOf.idempotency, 'tenant');
  });

  it('no unique constraint, unique index or exclusion constraint of a tenant table leaves tenant_id out', async () => {
    const rows = await q(
      `select i.indrelid::regclass::text as tbl, ic.relname as idx, (select array_agg(a.attname::text order by k.ord) from unnest(i.indkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num) as cols
       from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
       where n.nspname = 'public' and (i.indisunique or i.indisexclusion)`,
    );
    const bad = rows.filter((r) => !(r.tbl in NOT_DISTRIBUTED) && !r.tbl.startsWith('legacy_') && r.cols?.[0] !== 'tenant_id');
    assert.deepEqual(bad, [], 'every unique/exclusion index of a tenant table starts with tenant_id');
  });

  it('every foreign key joins rows of the same tenant (tenant_id on both sides)', async () => {
    const fks = await q(
      `select c.conname, c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref,
         (select array_agg(a.attname::text order by k.ord) from unnest(c.conkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num) as cols,
         (select array_agg(a.attname::text order by k.ord) from unnest(c.confkey) with ordinality k(num, ord) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num) as refcols
       from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
    );
    assert.ok(fks.length >= 15, `foreign keys found: ${fks.length}`);
    const bad = fks.filter((f) => f.cols[0] !== 'tenant_id' || f.refcols[0] !== 'tenant_id');
    assert.deepEqual(bad, []);
  });

  it('every GIN index writes its entries with the row (fastupdate off: no pending list for a search to scan or an insert to merge)', async () => {
    const gin = await q(
      `select ic.relname as idx, coalesce(ic.reloptions, '{}') as options from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
       join pg_namespace n on n.oid = ic.relnamespace where n.nspname = 'public' and am.amname = 'gin' order by 1`,
    );
    assert.deepEqual(gin.map((r) => r.idx), ['accounts_search', 'contacts_search', 'leads_search']);
    const bad = gin.filter((r) => !r.options.includes('fastupdate=off'));
    assert.deepEqual(bad, [], 'GIN indexes with a pending list');
  });
});
