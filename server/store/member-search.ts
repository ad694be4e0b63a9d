import type { PageOptions, PageResult } from '../../src/adapters/local/record-store.js';
import type { StoredRecord } from '../../src/domain/change-set.js';
import { fromRow, TABLES } from './row-mapping.js';
import { rowJson, run, type Queryable } from './sql.js';

/** Members walked in the list's order before a search falls back to the trigram index. */
const MEMBER_WALK = 2000;
/** People matching a member search beyond which walking the campaign beats probing their memberships. */
const MEMBER_PROBES = 2000;

/**
 * A page of a campaign's members matching every search word, in the list's order. A common word
 * finds its page among the first MEMBER_WALK members in that order (the sort index); a rare one
 * (fewer matches there and more members beyond) starts from the people who match, through the
 * trigram indexes of leads and contacts that people search already keeps — so a search never
 * reads a whole 100,000-member campaign, and member writes carry no index of their own for it.
 * Words under three letters have no trigram: they only filter.
 */
export async function searchMembers(
db: Queryable,
tenant: string,
o: PageOptions,
q: { byStatus: boolean; sort: string; asc: boolean; after?: [string, string]; words: string[] },
): Promise<PageResult | undefined> {
  const params: unknown[] = [o.prefix[0]];
  const p = (v: unknown) => (params.push(v), `$${params.length + 1}`);
  let base = 't.campaign_id = $2';
  if (q.byStatus) base += ` and t.status = ${p(o.prefix[1])}`;
  if (o.match?.type) base += o.match.type === 'lead' ? ' and t.lead_id is not null' : ' and t.contact_id is not null';
  if (q.after) base += ` and (t.${q.sort}, t.id) ${q.asc ? '>' : '<'} (${p(q.after[0])}, ${p(q.after[1])})`;
  const match = q.words.map((w) => (w.length >= 3 ? `t.search_text like ${p(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}` : `strpos(t.search_text, ${p(w)}) > 0`)).join(' and ');
  const dir = q.asc ? 'asc' : 'desc';
  const order = `order by t.${q.sort} ${dir}, t.id ${dir}`;
  const want = o.limit + 1;
  // 1. Walk the first members in the list's order and keep those that match.
  const { rows: [walk] } = await run<{ walked: number; hits: Record<string, unknown>[] }>(
    db,
    `with w as (select * from ${TABLES.members.table} t where t.tenant_id = $1 and ${base} ${order} limit ${MEMBER_WALK})
     select (select count(*) from w)::int as walked,
            coalesce((select jsonb_agg(x.r order by x.s ${dir}, x.id ${dir}) from (select ${rowJson(TABLES.members)} as r, t.${q.sort} as s, t.id from w t where ${match} ${order} limit ${want}) x), '[]') as hits`,
    [tenant, ...params],
    false, // planned with its words (sql.ts run)
  );
  let rows = walk.hits;
  if (rows.length < want && walk.walked >= MEMBER_WALK) {
    // 2. A rare word: the people who match, through the trigram indexes of leads and contacts
    //    (the same folded text as their memberships'), then their memberships of this campaign
    //    by person (index probes; materialized, so the planner does not walk the campaign), the
    //    page chosen by the sort key alone, and only that page's rows read whole. A word many
    //    people share (past MEMBER_PROBES) is met sooner by walking the campaign: undefined.
    const { rows: [found] } = await run<{ people: number; hits: Record<string, unknown>[] }>(
      db,
      `with p as materialized (
         (select t.id, 'lead' as kind from leads t where t.tenant_id = $1 and ${match} limit ${MEMBER_PROBES + 1})
         union all (select t.id, 'contact' from contacts t where t.tenant_id = $1 and ${match} limit ${MEMBER_PROBES + 1})),
       m as materialized (
         ${(['lead', 'contact'] as const)
           .map(
             (kind) => `select x.id, x.s from p cross join lateral (
               select t.id, t.${q.sort} as s from ${TABLES.members.table} t where t.tenant_id = $1 and t.${kind}_id = p.id and ${base}) x
               where p.kind = '${kind}' and (select count(*) from p) <= ${MEMBER_PROBES}`,
           )
           .join(' union all ')}),
       page as (select m.id, m.s from m order by m.s ${dir}, m.id ${dir} limit ${want})
       select (select count(*) from p)::int as people,
              coalesce((select jsonb_agg(${rowJson(TABLES.members)} order by page.s ${dir}, page.id ${dir}) from ${TABLES.members.table} t join page on page.id = t.id where t.tenant_id = $1), '[]') as hits`,
      [tenant, ...params],
      false,
    );
    if (found.people > MEMBER_PROBES) return undefined;
    rows = found.hits;
  }
  const items = rows.slice(0, o.limit).map((r) => fromRow<StoredRecord>(TABLES.members, r));
  const last = rows[Math.min(rows.length, o.limit) - 1];
  const key = last ? [last[q.sort] as string, last.id as string] : undefined;
  return {
    items,
    ...(key ? { lastKey: q.byStatus ? [last.campaign_id as string, last.status as string, ...key] : [last.campaign_id as string, ...key] } : {}),
    more: rows.length > o.limit,
  };
}

