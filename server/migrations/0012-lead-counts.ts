import type pg from 'pg';
import { LEAD_REPORT_KEY, leadMetrics, type CountedLead } from '../../src/domain/lead-counts.js';
import { fromRow, TABLES } from '../store/row-mapping.js';

/**
 * Migration 12: counters of the whole workspace (`workspace_counts`, by tenant like every table,
 * sharded like the campaigns' counters), and the lead management report's counter in it: the
 * leads already there are counted once, by the domain's own rule (`leadMetrics`), a thousand at a
 * time.
 */
export async function countLeads(client: pg.PoolClient): Promise<void> {
  await client.query(`create table if not exists workspace_counts (
    tenant_id text not null, counter text not null, metric text not null, shard smallint not null, n bigint not null,
    primary key (tenant_id, counter, metric, shard))`);
  let after = ['', ''];
  for (;;) {
    const { rows } = await client.query<{ tenant_id: string; id: string; r: Record<string, unknown> }>(
      'select tenant_id, id, to_jsonb(t) as r from leads t where (tenant_id, id) > ($1, $2) order by tenant_id, id limit 1000',
      after,
    );
    if (!rows.length) return;
    const counters = rows.flatMap((row) => leadMetrics(fromRow<CountedLead>(TABLES.leads, row.r)).map((metric) => ({ tenant_id: row.tenant_id, metric })));
    await client.query(
      `insert into workspace_counts (tenant_id, counter, metric, shard, n)
       select x.tenant_id, $2, x.metric, 0, count(*) from jsonb_to_recordset($1::jsonb) x(tenant_id text, metric text)
       group by x.tenant_id, x.metric
       on conflict (tenant_id, counter, metric, shard) do update set n = workspace_counts.n + excluded.n`,
      [JSON.stringify(counters), LEAD_REPORT_KEY],
    );
    after = [rows[rows.length - 1].tenant_id, rows[rows.length - 1].id];
  }
}
