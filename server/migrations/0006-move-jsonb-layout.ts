import type pg from 'pg';
import { fromStored } from '../../src/adapters/local/idb-layout.js';
import type { StoreName, StoredRecord } from '../../src/domain/change-set.js';
import { SqlStore } from '../store/sql-store.js';

/** Logical stores in the order their rows are moved (parents first; foreign keys are deferred anyway). */
const MOVE_ORDER: StoreName[] = ['campaigns', 'accounts', 'leads', 'contacts', 'opportunities', 'members', 'submissions'];

/**
 * Migration 6: every record of the JSONB layout (migrations 1–4) becomes a row of its table,
 * written by the same code as the server's own writes (so derived search and sort columns are the
 * domain's); member counts are summed over their shards. In the migration's transaction: all or
 * nothing. The old tables stay as `legacy_*` for the operator to drop once satisfied (dropped at
 * once when empty).
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
        const statement = SqlStore.open(client, tenant, 'deferred').commitStatement({ writes: records.map((record) => ({ store, record, expect: null })), deletes: [], counters: [], campaignIds: [], mails: [] });
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
