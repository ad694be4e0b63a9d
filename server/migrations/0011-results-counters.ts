import type pg from 'pg';
import { influenceContributions } from '../../src/domain/influence.js';
import type { Opportunity } from '../../src/model/opportunity.js';
import { fromRow, TABLES } from '../store/row-mapping.js';

/**
 * Migration 11: results kept as counters of the campaigns' counter rows. Responses by the UTC day
 * members first responded (`firstResponse:<day>`, with every member write): the responded members
 * already there are counted once. Campaign influence (`influence|<model>|<currency>|…`, with every
 * opportunity write): the opportunities already there are counted once, by the domain's own rule
 * (`influenceContributions`), a thousand at a time; a campaign no longer there keeps no counter.
 */
export async function countResults(client: pg.PoolClient): Promise<void> {
  await client.query(
    `insert into campaign_member_counts (tenant_id, campaign_id, metric, shard, n)
     select tenant_id, campaign_id, 'firstResponse:' || to_char(first_responded_at at time zone 'UTC', 'YYYY-MM-DD'), 0, count(*)
     from campaign_members where first_responded_at is not null group by 1, 2, 3
     on conflict (tenant_id, campaign_id, metric, shard) do update set n = campaign_member_counts.n + excluded.n`,
  );
  let after = ['', ''];
  for (;;) {
    const { rows } = await client.query<{ tenant_id: string; id: string; r: Record<string, unknown> }>(
      'select tenant_id, id, to_jsonb(t) as r from opportunities t where (tenant_id, id) > ($1, $2) order by tenant_id, id limit 1000',
      after,
    );
    if (!rows.length) return;
    const counters: { tenant_id: string; campaign_id: string; metric: string; n: number }[] = [];
    for (const row of rows) {
      for (const [campaignId, metrics] of influenceContributions(fromRow<Opportunity>(TABLES.opportunities, row.r))) {
        for (const [metric, n] of Object.entries(metrics)) counters.push({ tenant_id: row.tenant_id, campaign_id: campaignId, metric, n });
      }
    }
    if (counters.length) {
      await client.query(
        `insert into campaign_member_counts (tenant_id, campaign_id, metric, shard, n)
         select x.tenant_id, x.campaign_id, x.metric, 0, sum(x.n) from jsonb_to_recordset($1::jsonb) x(tenant_id text, campaign_id text, metric text, n bigint)
         where exists (select 1 from campaigns c where c.tenant_id = x.tenant_id and c.id = x.campaign_id)
         group by x.tenant_id, x.campaign_id, x.metric
         on conflict (tenant_id, campaign_id, metric, shard) do update set n = campaign_member_counts.n + excluded.n`,
        [JSON.stringify(counters)],
      );
    }
    after = [rows[rows.length - 1].tenant_id, rows[rows.length - 1].id];
  }
}
