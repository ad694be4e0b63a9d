/**
 * A lead submission's reads in one query (or a batch's in one): everything its capture rules
 * read, served to the SqlStore from the snapshot (`SqlStore.usePreload`).
 */
import type { StoredRecord } from '../../src/domain/change-set.js';
import { fromRow, TABLES } from './row-mapping.js';
import { rowJson, run, type Queryable } from './sql.js';

/** What identifies a lead submission's reads: the submission, its email, its campaign. */
export interface CaptureKeys {
  submissionId: string;
  campaignId: string;
  emailKey: string;
}

/** A preloaded row (`preloadCapture`): everything a submission's rules read. */
export interface PreloadRow {
  submission: unknown;
  campaign: Record<string, unknown> | null;
  people: { kind: 'lead' | 'contact'; r: Record<string, unknown> }[];
  converted: Record<string, unknown>[];
  members: Record<string, unknown>[];
  idem: { fingerprint: string; status: number; response: unknown } | null;
}

/** The campaign with its statuses (a batch reads each distinct campaign once instead). */
const CAMPAIGN = `         (select ${rowJson(TABLES.campaigns)} from campaigns t where t.tenant_id = $1 and t.id = $4) as campaign,\n`;

/**
 * What a lead submission's rules read, in one query: the submission, the campaign with its
 * statuses, the people with the email key, the contacts they were converted to, their
 * memberships, the Idempotency-Key's answer. $1 tenant, $2 submission id, $3 email key,
 * $4 campaign id, $5 idempotency key, $6 its method.
 */
const capture = (campaign: string) => `with p as (
         select 'lead' as kind, to_jsonb(t) as r, t.id, t.converted_contact_id as cc from leads t where t.tenant_id = $1 and t.email_key = $3
         union all select 'contact', to_jsonb(t), t.id, null from contacts t where t.tenant_id = $1 and t.email_key = $3),
       cc as (select to_jsonb(t) as r, t.id from contacts t where t.tenant_id = $1 and t.id = any(array(select cc from p where cc is not null))),
       m as (select to_jsonb(t) as r from p join campaign_members t on t.tenant_id = $1 and t.lead_id = p.id where p.kind = 'lead'
         union all select to_jsonb(t) from campaign_members t where t.tenant_id = $1
           and t.contact_id = any(array(select id from p where kind = 'contact' union select id from cc)))
       select (select to_jsonb(s) from submissions s where s.tenant_id = $1 and s.id = $2) as submission,
${campaign}         (select coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'r', r)), '[]') from p) as people,
         (select coalesce(jsonb_agg(r), '[]') from cc) as converted,
         (select coalesce(jsonb_agg(r), '[]') from m) as members,
         (select jsonb_build_object('fingerprint', i.fingerprint, 'status', i.status, 'response', i.response) from idempotency i
           where i.tenant = $1 and i.key = $5 and i.method = $6) as idem`;
export const PRELOAD_CAPTURE = capture(CAMPAIGN);

/**
 * The same for many submissions: $2..$6 are arrays, one row per submission, in their order; each
 * distinct campaign is read once (a batch usually goes to one).
 */
const PRELOAD_CAPTURES = `with c as materialized (select t.id, ${rowJson(TABLES.campaigns)} as r from campaigns t where t.tenant_id = $1 and t.id = any($4::text[]))
  select x.*, (select c.r from c where c.id = k.cid) as campaign
  from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) with ordinality as k(sid, ek, cid, ikey, imethod, n)
  cross join lateral (${capture('').replace(/\$([2-6])\b/g, (_, n: string) => `k.${['sid', 'ek', 'cid', 'ikey', 'imethod'][Number(n) - 2]}`)}) x
  order by k.n`;

/**
 * `preloadCapture` for several submissions of one tenant in one query (a batch of concurrent
 * submissions): one row each, in order; `usePreload` fills each one's store.
 */
export async function preloadCaptures(db: Queryable, tenant: string, inputs: (CaptureKeys & { idempotency?: { key: string; method: string } })[]): Promise<PreloadRow[]> {
  const { rows } = await run<PreloadRow>(db, PRELOAD_CAPTURES, [
    tenant,
    inputs.map((i) => i.submissionId),
    inputs.map((i) => i.emailKey),
    inputs.map((i) => i.campaignId),
    inputs.map((i) => i.idempotency?.key ?? ''),
    inputs.map((i) => i.idempotency?.method ?? ''),
  ]);
  return rows;
}

/** The reads a preloaded row answers (`read key` → answer), for the store to serve them from. */
export function preloadedReads(input: CaptureKeys, row: PreloadRow): Map<string, unknown> {
const cache = new Map<string, unknown>();
  cache.set(`get|submissions|${input.submissionId}`, row.submission ? fromRow(TABLES.submissions, row.submission as Record<string, unknown>) : null);
  cache.set(`get|campaigns|${input.campaignId}`, row.campaign ? fromRow(TABLES.campaigns, row.campaign) : null);
  const people = row.people.map((p) => ({ ...fromRow<StoredRecord>(TABLES[p.kind === 'lead' ? 'leads' : 'contacts'], p.r), kind: p.kind }));
  cache.set(`idx|people|emailKey|${JSON.stringify(input.emailKey)}`, people);
  const contacts = row.converted.map((r) => fromRow<StoredRecord>(TABLES.contacts, r));
  for (const c of contacts) cache.set(`get|contacts|${c.id}`, c);
  const members = row.members.map((r) => fromRow<StoredRecord & { campaignId: string; leadId?: string; contactId?: string }>(TABLES.members, r));
  const refs = [...people.map((p) => ({ type: p.kind, id: p.id })), ...contacts.map((c) => ({ type: 'contact' as const, id: c.id }))];
  for (const ref of refs) {
    const mine = members.filter((m) => (ref.type === 'lead' ? m.leadId : m.contactId) === ref.id);
    cache.set(`idx|members|${ref.type}Id|${JSON.stringify(ref.id)}`, mine);
    cache.set(`idx|members|campaign+person|${JSON.stringify([input.campaignId, `${ref.type}:${ref.id}`])}`, mine.filter((m) => m.campaignId === input.campaignId));
  }
  return cache;
}

