import type { ChangeSet, StoreName, StoredRecord } from '../../src/domain/change-set.js';
import { columnsOf, TABLES, toRow } from './row-mapping.js';
import { INFLUENCE_METRIC } from '../../src/domain/influence.js';
import { CONFIRM_LINK_DAYS } from '../../src/domain/opt-in.js';
import { campaignOfCounter, COUNTER_SHARDS, isWorkspaceCounter, Params, type ExtraCte } from './sql.js';

/**
 * The one statement that writes a change set of `tenant` (and the caller's extra CTEs: an
 * Idempotency-Key's answer, a batch's other parts): data-modifying CTEs — version-checked updates
 * and deletes, inserts, member statuses, counter deltas — atomic by itself.
 */
export function commitStatement(tenant: string, changes: ChangeSet, extra: ExtraCte[] = []): { text: string; values: unknown[] } | undefined {
  const params = new Params();
  const t = params.p(tenant);
  const ctes: string[] = [];
  const checks: string[] = [];
  let n = 0;
  const byTable = new Map<StoreName, { inserts: StoredRecord[]; updates: { record: StoredRecord; expect: number }[]; deletes: { id: string; expect: number }[] }>();
  const of = (s: StoreName) => byTable.get(s) ?? byTable.set(s, { inserts: [], updates: [], deletes: [] }).get(s)!;
  for (const w of changes.writes) {
    if (w.expect === null) of(w.store).inserts.push(w.record);
    else of(w.store).updates.push({ record: w.record, expect: w.expect });
  }
  for (const d of changes.deletes) of(d.store).deletes.push({ id: d.id, expect: d.expect });
  const statuses: { campaign_id: string; position: number; label: string; responded: boolean; is_default: boolean; web_form: boolean }[] = [];
  const campaignsWritten: string[] = [];
  for (const [store, w] of byTable) {
    const def = TABLES[store];
    const cols = columnsOf(def);
    const list = cols.join(', ');
    if (w.deletes.length) {
      const name = `d${n++}`;
      ctes.push(`${name} as (delete from ${def.table} t using jsonb_to_recordset(${params.p(JSON.stringify(w.deletes))}::jsonb) e(id text, expect int)
        where t.tenant_id = ${t} and t.id = e.id and t.version = e.expect returning 1)`);
      checks.push(`lead_kit_check((select count(*) from ${name}) = ${w.deletes.length}, '${store} changed since it was read')`);
    }
    if (w.updates.length) {
      const name = `u${n++}`;
      const rows = w.updates.map((u) => ({ ...toRow(def, tenant, u.record), expect: u.expect }));
      const param = params.p(JSON.stringify(rows));
      const set = cols.filter((c) => c !== 'tenant_id' && c !== 'id');
      ctes.push(`${name} as (update ${def.table} t set (${set.join(', ')}) = (${set.map((c) => `x.${c}`).join(', ')})
        from jsonb_populate_recordset(null::${def.table}, ${param}::jsonb) x join jsonb_to_recordset(${param}::jsonb) e(id text, expect int) on e.id = x.id
        where t.tenant_id = ${t} and t.id = x.id and t.version = e.expect returning 1)`);
      checks.push(`lead_kit_check((select count(*) from ${name}) = ${w.updates.length}, '${store} changed since it was read')`);
    }
    if (w.inserts.length) {
      const rows = w.inserts.map((r) => toRow(def, tenant, r));
      ctes.push(`i${n++} as (insert into ${def.table} (${list}) select ${list} from jsonb_populate_recordset(null::${def.table}, ${params.p(JSON.stringify(rows))}::jsonb) returning 1)`);
    }
    if (store === 'campaigns') {
      for (const r of [...w.inserts, ...w.updates.map((u) => u.record)]) {
        campaignsWritten.push(r.id);
        (r.memberStatuses as { label: string; responded: boolean; default: boolean; webForm?: boolean }[]).forEach((s, position) =>
          statuses.push({ campaign_id: r.id, position, label: s.label, responded: s.responded, is_default: s.default, web_form: !!s.webForm }),
        );
      }
    }
  }
  if (campaignsWritten.length) {
    const list = params.p(JSON.stringify(statuses));
    ctes.push(`s${n++} as (insert into campaign_member_statuses (tenant_id, campaign_id, position, label, responded, is_default, web_form)
      select ${t}, x.campaign_id, x.position, x.label, x.responded, x.is_default, x.web_form
      from jsonb_to_recordset(${list}::jsonb) x(campaign_id text, position int, label text, responded boolean, is_default boolean, web_form boolean)
      on conflict (tenant_id, campaign_id, position) do update set label = excluded.label, responded = excluded.responded, is_default = excluded.is_default, web_form = excluded.web_form)`);
    ctes.push(`s${n++} as (delete from campaign_member_statuses s using jsonb_to_recordset(${params.p(
      JSON.stringify(campaignsWritten.map((id) => ({ id, count: statuses.filter((s) => s.campaign_id === id).length }))),
    )}::jsonb) c(id text, count int) where s.tenant_id = ${t} and s.campaign_id = c.id and s.position >= c.count)`);
  }
  const workspace = changes.counters.filter((c) => isWorkspaceCounter(c.key));
  if (workspace.length) {
    const rows = workspace.flatMap((c) => Object.entries(c.deltas).map(([metric, d]) => ({ counter: c.key, metric, n: d })));
    ctes.push(`w${n++} as (insert into workspace_counts (tenant_id, counter, metric, shard, n)
      select ${t}, x.counter, x.metric, pg_backend_pid() % ${COUNTER_SHARDS}, x.n from jsonb_to_recordset(${params.p(JSON.stringify(rows))}::jsonb) x(counter text, metric text, n bigint)
      on conflict (tenant_id, counter, metric, shard) do update set n = workspace_counts.n + excluded.n)`);
  }
  const campaigns = changes.counters.filter((c) => !isWorkspaceCounter(c.key));
  if (campaigns.length) {
    const rows = campaigns.flatMap((c) => Object.entries(c.deltas).map(([metric, d]) => ({ campaign_id: campaignOfCounter(c.key), metric, n: d })));
    if (rows.length) {
      ctes.push(`c${n++} as (insert into campaign_member_counts (tenant_id, campaign_id, metric, shard, n)
        select ${t}, x.campaign_id, x.metric, pg_backend_pid() % ${COUNTER_SHARDS}, x.n from jsonb_to_recordset(${params.p(JSON.stringify(rows))}::jsonb) x(campaign_id text, metric text, n bigint)
        ${rows.some((r) => r.metric.startsWith(INFLUENCE_METRIC)) ? `where not x.metric like '${INFLUENCE_METRIC}%' or exists (select 1 from campaigns c where c.tenant_id = ${t} and c.id = x.campaign_id)` : ''}
        on conflict (tenant_id, campaign_id, metric, shard) do update set n = campaign_member_counts.n + excluded.n)`);
    }
  }
  if (changes.mails.length) {
    // The mails the change asks for (mail-outbox.ts sends them): committed with it, or not at all.
    const rows = changes.mails.map(({ id, kind, to, locale, campaignId, memberId, ...payload }) => ({ id, kind, to_address: to, locale: locale ?? null, campaign_id: campaignId, member_id: memberId, payload }));
    ctes.push(`m${n++} as (insert into mail_outbox (tenant_id, id, kind, to_address, locale, campaign_id, member_id, payload, expires_at)
      select ${t}, x.id, x.kind, x.to_address, x.locale, x.campaign_id, x.member_id, x.payload, now() + make_interval(days => ${CONFIRM_LINK_DAYS})
      from jsonb_to_recordset(${params.p(JSON.stringify(rows))}::jsonb) x(id text, kind text, to_address text, locale text, campaign_id text, member_id text, payload jsonb) returning 1)`);
  }
  for (const e of extra) {
    const name = `x${n++}`;
    ctes.push(`${name} as (${e((v) => params.p(v))})`);
    checks.push(`(select count(*) from ${name}) >= 0`);
  }
  if (!ctes.length) return undefined;
  checks.unshift(`${t}::text is not null`); // every parameter is referenced (typed)
  // The foreign key checks this transaction makes at its commit are planned with the tables'
  // current size (a generic plan cached while a table was young stays a sequential scan; db.ts).
  return { text: `with ${ctes.join(',\n')}\nselect ${checks.join(' and ')} as ok, set_config('plan_cache_mode', 'force_custom_plan', true) as plans`, values: params.values };
}

