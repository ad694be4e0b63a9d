import type pg from 'pg';
import { emptyChangeSet } from '../../src/domain/change-set.js';
import { countDealChange, countLeadChange, LEAD_REPORT_KEY, leadOrigin, type CountedLead } from '../../src/domain/lead-counts.js';
import type { Opportunity } from '../../src/model/opportunity.js';
import { fromRow, TABLES } from '../store/row-mapping.js';

/**
 * Migration 12: counters of the whole workspace (`workspace_counts`, by tenant like every table,
 * sharded like the campaigns' counters), and the lead management report's counter in it: the
 * leads and the opportunities already there are counted once, by the domain's own rules
 * (`countLeadChange`, `countDealChange`; an opportunity from before keeps no lead source, so it
 * is counted under its lead's), a thousand at a time.
 */
export async function countLeads(client: pg.PoolClient): Promise<void> {
  await client.query(`create table if not exists workspace_counts (
    tenant_id text not null, counter text not null, metric text not null, shard smallint not null, n bigint not null,
    primary key (tenant_id, counter, metric, shard))`);
  for (const table of ['leads', 'opportunities'] as const) {
    let after = ['', ''];
    for (;;) {
      const { rows } = await client.query<{ tenant_id: string; id: string; r: Record<string, unknown>; lead: Record<string, unknown> | null }>(
        table === 'leads'
          ? 'select tenant_id, id, to_jsonb(t) as r, null as lead from leads t where (tenant_id, id) > ($1, $2) order by tenant_id, id limit 1000'
          : `select t.tenant_id, t.id, to_jsonb(t) as r, jsonb_build_object('source', l.source, 'rating', l.rating) as lead from opportunities t
               left join leads l on l.tenant_id = t.tenant_id and l.id = t.lead_id where (t.tenant_id, t.id) > ($1, $2) order by t.tenant_id, t.id limit 1000`,
        after,
      );
      if (!rows.length) break;
      const counters: { tenant_id: string; metric: string; n: number }[] = [];
      for (const row of rows) {
        const changes = emptyChangeSet();
        if (table === 'leads') countLeadChange(changes, undefined, fromRow<CountedLead>(TABLES.leads, row.r));
        else {
          const deal = fromRow<Opportunity>(TABLES.opportunities, row.r);
          const lead = row.lead as { source: Opportunity['source'] | null; rating: Opportunity['rating'] | null } | null;
          countDealChange(changes, undefined, { ...deal, ...(deal.source ? {} : leadOrigin({ source: lead?.source ?? undefined, rating: lead?.rating ?? undefined })) });
        }
        for (const c of changes.counters) for (const [metric, n] of Object.entries(c.deltas)) counters.push({ tenant_id: row.tenant_id, metric, n });
      }
      await client.query(
        `insert into workspace_counts (tenant_id, counter, metric, shard, n)
         select x.tenant_id, $2, x.metric, 0, sum(x.n) from jsonb_to_recordset($1::jsonb) x(tenant_id text, metric text, n bigint)
         group by x.tenant_id, x.metric
         on conflict (tenant_id, counter, metric, shard) do update set n = workspace_counts.n + excluded.n`,
        [JSON.stringify(counters), LEAD_REPORT_KEY],
      );
      after = [rows[rows.length - 1].tenant_id, rows[rows.length - 1].id];
    }
  }
}
