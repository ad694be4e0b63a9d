import type { StoreName, StoredRecord } from '../src/domain/change-set.js';
import { companyKey } from '../src/domain/conversion.js';
import { foldText } from '../src/domain/matching.js';
import { memberPersonOf, memberSortKeys, personSearchKey } from '../src/domain/members.js';
import type { CampaignMember } from '../src/model/member.js';
import type { Contact, Lead } from '../src/model/person.js';

/**
 * Submissions a form's spam trap held as suspected spam (the quarantine): the raw submission
 * until someone releases it (then captured like any other) or discards it. No foreign key to
 * its campaign: a secret key may hold one for a campaign its release will create. In the schema
 * of a new database, and migration 8 for one made before.
 */
export const HELD_SUBMISSIONS_TABLE = `create table if not exists held_submissions (
  tenant_id text not null, id text not null, version int not null,
  campaign_id text not null, reason text not null, submission jsonb not null, public_form boolean,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));
create index if not exists held_submissions_by_campaign on held_submissions (tenant_id, campaign_id, created_at desc);`;

/**
 * Campaign materials (named links and small files, base64 in `file`, limited by model/material)
 * and what an empty campaign's deletion must take with it: its member counters (their foreign
 * key now cascades). In the schema of a new database, and migration 9 for one made before.
 */
export const MATERIALS_TABLE = `create table if not exists campaign_materials (
  tenant_id text not null, id text not null, version int not null,
  campaign_id text not null, name text not null, kind text not null, url text, file jsonb,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, campaign_id) references campaigns deferrable initially deferred);
create index if not exists campaign_materials_by_campaign on campaign_materials (tenant_id, campaign_id);
alter table campaign_member_counts drop constraint if exists campaign_member_counts_tenant_id_campaign_id_fkey;
alter table campaign_member_counts add constraint campaign_member_counts_tenant_id_campaign_id_fkey
  foreign key (tenant_id, campaign_id) references campaigns on delete cascade deferrable initially deferred;`;

/**
 * The change log: every committed change announced on the feed, with a sequence number that is
 * the SSE event id, kept a bounded time so a client (or an instance whose LISTEN connection
 * dropped) that comes back with `Last-Event-ID` gets what it missed. `change_log_state` says how
 * far the log was pruned: an id older than that is told to reload. In the schema of a new
 * database, and migration 10 for one made before.
 */
export const CHANGE_LOG_TABLE = `create table if not exists change_log (
  tenant_id text not null, seq bigint generated always as identity, payload jsonb not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, seq));
create index if not exists change_log_seq on change_log (seq);
create table if not exists change_log_state (id boolean primary key default true check (id), pruned_through bigint not null default 0);
insert into change_log_state (id) values (true) on conflict do nothing;`;

/**
 * The relational schema of the Lead Kit server (docs/schema.md describes it for analysts).
 * Every table is keyed by `(tenant_id, id)` so it can be distributed by tenant later; typed
 * columns for everything the kit filters, sorts, searches or reports on; `custom` fields and
 * anything a newer client adds stay in JSONB (`custom`, `extra`) so nothing is ever dropped.
 * The promises hold even against a bug: one unconverted lead per normalized email, one
 * membership per (campaign, person), exactly one of lead/contact per member, foreign keys
 * (deferred to the end of the transaction, as one change set writes parents and children).
 * Columns the kit derives (`search_text`, `sort_*`) are computed by domain/ when a row is
 * written, so the server sorts and searches exactly as the browser does.
 */
export const RELATIONAL_SCHEMA = `
create extension if not exists pg_trgm;

create table campaigns (
  tenant_id text not null, id text not null, version int not null check (version >= 1),
  name text not null, type text not null, status text not null, description text,
  start_date date, end_date date, currency char(3) not null default 'USD',
  budgeted_cost numeric, actual_cost numeric, expected_revenue numeric, expected_response numeric,
  parent_id text,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, parent_id) references campaigns deferrable initially deferred,
  check (end_date is null or start_date is null or start_date <= end_date));
create index campaigns_parent on campaigns (tenant_id, parent_id) where parent_id is not null;

create table campaign_member_statuses (
  tenant_id text not null, campaign_id text not null, position int not null,
  label text not null, responded boolean not null, is_default boolean not null,
  web_form boolean not null default false,
  primary key (tenant_id, campaign_id, position),
  foreign key (tenant_id, campaign_id) references campaigns on delete cascade deferrable initially deferred);

create table accounts (
  tenant_id text not null, id text not null, version int not null,
  name text not null, website text, industry text, employees int, country text, phone text,
  search_text text not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));
create index accounts_search on accounts using gin (search_text gin_trgm_ops);
create index accounts_name on accounts (tenant_id, name);

create table leads (
  tenant_id text not null, id text not null, version int not null,
  first_name text, last_name text, email text, email_key text, phone text, title text, country text,
  company text, website text, industry text, employees int, description text,
  source text not null, status text not null, rating text,
  utm_source text, utm_medium text, utm_campaign text, utm_term text, utm_content text, page_url text, referrer text,
  consent_given boolean, consent_text text, consent_at timestamptz,
  custom jsonb,
  converted_at timestamptz, converted_account_id text, converted_contact_id text, converted_opportunity_id text,
  search_text text not null, sort_name text collate "C" not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  -- One lead per normalized email among unconverted leads (checked at the end of each statement).
  exclude using btree (tenant_id with =, email_key with =) where (status <> 'converted' and email_key is not null) deferrable initially immediate);
create index leads_email on leads (tenant_id, email_key);
create index leads_search on leads using gin (search_text gin_trgm_ops);
create index leads_sort on leads (tenant_id, sort_name) where converted_at is null;

create table contacts (
  tenant_id text not null, id text not null, version int not null,
  first_name text, last_name text, email text, email_key text, phone text, title text, country text,
  account_id text, lead_id text, custom jsonb,
  search_text text not null, sort_name text collate "C" not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts deferrable initially deferred,
  foreign key (tenant_id, lead_id) references leads deferrable initially deferred);
create index contacts_email on contacts (tenant_id, email_key);
create index contacts_account on contacts (tenant_id, account_id) where account_id is not null;
create index contacts_search on contacts using gin (search_text gin_trgm_ops);
create index contacts_sort on contacts (tenant_id, sort_name);

create table opportunities (
  tenant_id text not null, id text not null, version int not null,
  name text not null, account_id text not null, contact_id text, lead_id text,
  amount numeric, currency char(3) not null default 'USD', close_date date not null, stage text not null,
  primary_campaign_id text,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts deferrable initially deferred,
  foreign key (tenant_id, contact_id) references contacts deferrable initially deferred,
  foreign key (tenant_id, lead_id) references leads deferrable initially deferred,
  foreign key (tenant_id, primary_campaign_id) references campaigns deferrable initially deferred);
create index opportunities_campaign on opportunities (tenant_id, primary_campaign_id) where primary_campaign_id is not null;
create index opportunities_account on opportunities (tenant_id, account_id);

alter table leads
  add foreign key (tenant_id, converted_account_id) references accounts deferrable initially deferred,
  add foreign key (tenant_id, converted_contact_id) references contacts deferrable initially deferred,
  add foreign key (tenant_id, converted_opportunity_id) references opportunities deferrable initially deferred;

create table campaign_members (
  tenant_id text not null, id text collate "C" not null, version int not null,
  campaign_id text not null, lead_id text, contact_id text,
  status text not null, responded boolean not null, first_responded_at timestamptz,
  first_name text, last_name text, email text, company text,
  converted_lead_id text,
  check_in_id text, checked_in_at timestamptz, walk_in boolean, check_in_previous_status text, check_in_previous_first_responded_at timestamptz,
  sort_name text collate "C" not null, sort_type text collate "C" not null, sort_company text collate "C" not null,
  sort_email text collate "C" not null, sort_status text collate "C" not null, sort_responded text collate "C" not null,
  sort_added text collate "C" not null, search_text text not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  check (num_nonnulls(lead_id, contact_id) = 1),
  constraint campaign_members_one_lead unique (tenant_id, campaign_id, lead_id) deferrable initially immediate,
  constraint campaign_members_one_contact unique (tenant_id, campaign_id, contact_id) deferrable initially immediate,
  foreign key (tenant_id, campaign_id) references campaigns deferrable initially deferred,
  foreign key (tenant_id, lead_id) references leads deferrable initially deferred,
  foreign key (tenant_id, contact_id) references contacts deferrable initially deferred,
  foreign key (tenant_id, converted_lead_id) references leads deferrable initially deferred);
create index campaign_members_lead on campaign_members (tenant_id, lead_id) where lead_id is not null;
create index campaign_members_contact on campaign_members (tenant_id, contact_id) where contact_id is not null;
${['name', 'type', 'company', 'email', 'status', 'responded', 'added']
  .map((f) => `create index campaign_members_by_${f} on campaign_members (tenant_id, campaign_id, sort_${f}, id);`)
  .join('\n')}
${['name', 'type', 'company', 'email', 'responded', 'added']
  .map((f) => `create index campaign_members_status_${f} on campaign_members (tenant_id, campaign_id, status, sort_${f}, id);`)
  .join('\n')}

-- Maintained member counts per campaign and metric (total, type:lead, status:Attended, ...),
-- spread over shards so concurrent submissions to one campaign do not queue on one row.
create table campaign_member_counts (
  tenant_id text not null, campaign_id text not null, metric text not null, shard smallint not null, n bigint not null,
  primary key (tenant_id, campaign_id, metric, shard),
  foreign key (tenant_id, campaign_id) references campaigns deferrable initially deferred);

-- Lead submissions by their submissionId (the form's idempotency): what they said and did.
create table submissions (
  tenant_id text not null, id text not null, version int not null,
  fingerprint text not null, result jsonb not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));

${HELD_SUBMISSIONS_TABLE}

${MATERIALS_TABLE}

${CHANGE_LOG_TABLE}

-- Fails the statement it is called in (a version check of a change set that did not hold).
create function lead_kit_check(ok boolean, message text) returns boolean language plpgsql as $$
begin
  if not ok then raise exception using errcode = 'LK409', message = message; end if;
  return true;
end $$;
`;

export type ColumnType = 'text' | 'int' | 'num' | 'bool' | 'date' | 'ts' | 'json';

/** A table of a logical store: typed columns at record paths, derived columns, the rest in `extra`. */
export interface TableDef {
  table: string;
  store: StoreName;
  /** [column, record path (dotted for nested objects), type]. */
  columns: [string, string, ColumnType][];
  /** Nested objects always present on a record (`person` of a member), even when empty. */
  containers?: string[];
  /** Columns computed from the record with domain/ (search and sort keys). */
  derived?: (record: StoredRecord) => Record<string, string>;
}

const base = (): [string, string, ColumnType][] => [
  ['created_at', 'createdAt', 'ts'],
  ['updated_at', 'updatedAt', 'ts'],
];
const personColumns: [string, string, ColumnType][] = [
  ['first_name', 'firstName', 'text'],
  ['last_name', 'lastName', 'text'],
  ['email', 'email', 'text'],
  ['email_key', 'emailKey', 'text'],
  ['phone', 'phone', 'text'],
  ['title', 'title', 'text'],
  ['country', 'country', 'text'],
  ['custom', 'custom', 'json'],
];
const personDerived = (record: StoredRecord) => {
  const p = record as unknown as Lead | Contact;
  const snapshot = memberPersonOf(p);
  return {
    search_text: personSearchKey(snapshot),
    sort_name: `${foldText(p.lastName)}\u0001${foldText(p.firstName)}\u0001${p.email ?? ''}`,
  };
};

export const TABLES: Record<StoreName, TableDef> = {
  campaigns: {
    table: 'campaigns',
    store: 'campaigns',
    columns: [
      ['name', 'name', 'text'],
      ['type', 'type', 'text'],
      ['status', 'status', 'text'],
      ['description', 'description', 'text'],
      ['start_date', 'startDate', 'date'],
      ['end_date', 'endDate', 'date'],
      ['currency', 'currency', 'text'],
      ['budgeted_cost', 'budgetedCost', 'num'],
      ['actual_cost', 'actualCost', 'num'],
      ['expected_revenue', 'expectedRevenue', 'num'],
      ['expected_response', 'expectedResponse', 'num'],
      ['parent_id', 'parentId', 'text'],
      ...base(),
    ],
  },
  accounts: {
    table: 'accounts',
    store: 'accounts',
    columns: [
      ['name', 'name', 'text'],
      ['website', 'website', 'text'],
      ['industry', 'industry', 'text'],
      ['employees', 'employees', 'int'],
      ['country', 'country', 'text'],
      ['phone', 'phone', 'text'],
      ...base(),
    ],
    derived: (r) => ({ search_text: companyKey(r.name as string) }),
  },
  leads: {
    table: 'leads',
    store: 'leads',
    columns: [
      ...personColumns,
      ['company', 'company', 'text'],
      ['website', 'website', 'text'],
      ['industry', 'industry', 'text'],
      ['employees', 'employees', 'int'],
      ['description', 'description', 'text'],
      ['source', 'source', 'text'],
      ['status', 'status', 'text'],
      ['rating', 'rating', 'text'],
      ['utm_source', 'attribution.utmSource', 'text'],
      ['utm_medium', 'attribution.utmMedium', 'text'],
      ['utm_campaign', 'attribution.utmCampaign', 'text'],
      ['utm_term', 'attribution.utmTerm', 'text'],
      ['utm_content', 'attribution.utmContent', 'text'],
      ['page_url', 'attribution.pageUrl', 'text'],
      ['referrer', 'attribution.referrer', 'text'],
      ['consent_given', 'consent.given', 'bool'],
      ['consent_text', 'consent.text', 'text'],
      ['consent_at', 'consent.at', 'ts'],
      ['converted_at', 'convertedAt', 'ts'],
      ['converted_account_id', 'convertedAccountId', 'text'],
      ['converted_contact_id', 'convertedContactId', 'text'],
      ['converted_opportunity_id', 'convertedOpportunityId', 'text'],
      ...base(),
    ],
    derived: personDerived,
  },
  contacts: {
    table: 'contacts',
    store: 'contacts',
    columns: [...personColumns, ['account_id', 'accountId', 'text'], ['lead_id', 'leadId', 'text'], ...base()],
    derived: personDerived,
  },
  opportunities: {
    table: 'opportunities',
    store: 'opportunities',
    columns: [
      ['name', 'name', 'text'],
      ['account_id', 'accountId', 'text'],
      ['contact_id', 'contactId', 'text'],
      ['lead_id', 'leadId', 'text'],
      ['amount', 'amount', 'num'],
      ['currency', 'currency', 'text'],
      ['close_date', 'closeDate', 'date'],
      ['stage', 'stage', 'text'],
      ['primary_campaign_id', 'primaryCampaignId', 'text'],
      ...base(),
    ],
  },
  members: {
    table: 'campaign_members',
    store: 'members',
    columns: [
      ['campaign_id', 'campaignId', 'text'],
      ['lead_id', 'leadId', 'text'],
      ['contact_id', 'contactId', 'text'],
      ['status', 'status', 'text'],
      ['responded', 'responded', 'bool'],
      ['first_responded_at', 'firstRespondedAt', 'ts'],
      ['first_name', 'person.firstName', 'text'],
      ['last_name', 'person.lastName', 'text'],
      ['email', 'person.email', 'text'],
      ['company', 'person.company', 'text'],
      ['converted_lead_id', 'convertedLeadId', 'text'],
      ['check_in_id', 'checkIn.id', 'text'],
      ['checked_in_at', 'checkIn.at', 'ts'],
      ['walk_in', 'checkIn.walkIn', 'bool'],
      ['check_in_previous_status', 'checkIn.previousStatus', 'text'],
      ['check_in_previous_first_responded_at', 'checkIn.previousFirstRespondedAt', 'ts'],
      ...base(),
    ],
    containers: ['person'],
    derived: (r) => {
      const k = memberSortKeys(r as unknown as CampaignMember);
      return {
        sort_name: k.name,
        sort_type: k.type,
        sort_company: k.company,
        sort_email: k.email,
        sort_status: k.status,
        sort_responded: k.responded,
        sort_added: k.added,
        search_text: k.q,
      };
    },
  },
  submissions: {
    table: 'submissions',
    store: 'submissions',
    columns: [['fingerprint', 'fingerprint', 'text'], ['result', 'result', 'json'], ...base()],
  },
  held: {
    table: 'held_submissions',
    store: 'held',
    columns: [['campaign_id', 'campaignId', 'text'], ['reason', 'reason', 'text'], ['submission', 'submission', 'json'], ['public_form', 'publicForm', 'bool'], ...base()],
  },
  materials: {
    table: 'campaign_materials',
    store: 'materials',
    columns: [['campaign_id', 'campaignId', 'text'], ['name', 'name', 'text'], ['kind', 'kind', 'text'], ['url', 'url', 'text'], ['file', 'file', 'json'], ...base()],
  },
};

/** Every column of a table as written (tenant, id, version, typed, derived, extra). */
export function columnsOf(def: TableDef): string[] {
  const derived = def.derived ? Object.keys(def.derived({ id: '', version: 1, person: {}, createdAt: '' } as unknown as StoredRecord)) : [];
  return ['tenant_id', 'id', 'version', ...def.columns.map((c) => c[0]), ...derived, 'extra'];
}

/** A record as a row of its table: typed columns, derived columns, and what is left in `extra`. */
export function toRow(def: TableDef, tenant: string, record: StoredRecord): Record<string, unknown> {
  // A shallow copy; a nested object is copied before its columns are taken out of it (records
  // are JSON data, and what stays in `extra` is only read).
  const rest: Record<string, unknown> = { ...record };
  for (const [, path] of def.columns) {
    const dot = path.indexOf('.');
    const outer = dot < 0 ? undefined : path.slice(0, dot);
    const v = outer === undefined ? undefined : rest[outer];
    if (outer !== undefined && v && typeof v === 'object' && v === (record as Record<string, unknown>)[outer]) rest[outer] = { ...(v as object) };
  }
  delete rest.id;
  delete rest.version;
  if (def.store === 'campaigns') delete rest.memberStatuses;
  const row: Record<string, unknown> = { tenant_id: tenant, id: record.id, version: record.version };
  const consumed = new Set<string>();
  for (const [column, path] of def.columns) {
    const dot = path.indexOf('.');
    if (dot < 0) {
      row[column] = rest[path] ?? null;
      delete rest[path];
      continue;
    }
    const outer = path.slice(0, dot);
    const inner = rest[outer] as Record<string, unknown> | undefined;
    const value = inner && typeof inner === 'object' ? inner[path.slice(dot + 1)] : undefined;
    row[column] = value ?? null;
    if (inner && typeof inner === 'object') {
      if (value !== undefined) consumed.add(outer);
      delete inner[path.slice(dot + 1)];
    }
  }
  // A nested object emptied by its columns is rebuilt from them; one that was empty to begin
  // with (`attribution: {}`), or keeps fields no column holds, stays in `extra`.
  for (const key of Object.keys(rest)) {
    const v = rest[key];
    const nested = def.columns.some((c) => c[1].startsWith(`${key}.`));
    if (nested && v && typeof v === 'object' && Object.keys(v).length === 0 && (consumed.has(key) || def.containers?.includes(key))) delete rest[key];
  }
  Object.assign(row, def.derived?.(record) ?? {});
  row.extra = Object.keys(rest).length ? rest : null;
  return row;
}

const isoInstant = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

/** A row read back as the record the domain wrote. */
export function fromRow<T = StoredRecord>(def: TableDef, row: Record<string, unknown>): T {
  const record: Record<string, unknown> = { id: row.id, version: row.version };
  for (const c of def.containers ?? []) record[c] = {};
  for (const [column, path, type] of def.columns) {
    let v = row[column];
    if (v === null || v === undefined) continue;
    if (type === 'ts') v = isoInstant(v);
    else if (type === 'num' || type === 'int') v = Number(v);
    else if (type === 'date' && v instanceof Date) v = `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    const dot = path.indexOf('.');
    if (dot < 0) record[path] = v;
    else ((record[path.slice(0, dot)] ??= {}) as Record<string, unknown>)[path.slice(dot + 1)] = v;
  }
  const extra = row.extra as Record<string, unknown> | null;
  for (const [k, v] of Object.entries(extra ?? {})) {
    const here = record[k];
    record[k] = here && typeof here === 'object' && v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as object), ...(here as object) } : v;
  }
  if (def.store === 'campaigns') record.memberStatuses = row.member_statuses ?? [];
  return record as T;
}
