-- The relational schema of the Lead Kit server (docs/schema.md describes it for analysts).
-- Every table is keyed by (tenant_id, id) so it can be distributed by tenant (README: Citus);
-- typed columns for everything the kit filters, sorts, searches or reports on; `custom` fields
-- and anything a newer client adds stay in JSONB (`custom`, `extra`) so nothing is ever dropped.
-- The promises hold even against a bug: one unconverted lead per normalized email, one
-- membership per (campaign, person), exactly one of lead/contact per member, foreign keys
-- (deferred to the end of the transaction, as one change set writes parents and children).
-- Columns the kit derives (search_text, sort_*) are computed by domain/ when a row is written
-- (store/row-mapping.ts), so the server sorts and searches exactly as the browser does.
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
create index campaign_members_by_name on campaign_members (tenant_id, campaign_id, sort_name, id);
create index campaign_members_by_type on campaign_members (tenant_id, campaign_id, sort_type, id);
create index campaign_members_by_company on campaign_members (tenant_id, campaign_id, sort_company, id);
create index campaign_members_by_email on campaign_members (tenant_id, campaign_id, sort_email, id);
create index campaign_members_by_status on campaign_members (tenant_id, campaign_id, sort_status, id);
create index campaign_members_by_responded on campaign_members (tenant_id, campaign_id, sort_responded, id);
create index campaign_members_by_added on campaign_members (tenant_id, campaign_id, sort_added, id);
create index campaign_members_status_name on campaign_members (tenant_id, campaign_id, status, sort_name, id);
create index campaign_members_status_type on campaign_members (tenant_id, campaign_id, status, sort_type, id);
create index campaign_members_status_company on campaign_members (tenant_id, campaign_id, status, sort_company, id);
create index campaign_members_status_email on campaign_members (tenant_id, campaign_id, status, sort_email, id);
create index campaign_members_status_responded on campaign_members (tenant_id, campaign_id, status, sort_responded, id);
create index campaign_members_status_added on campaign_members (tenant_id, campaign_id, status, sort_added, id);

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

-- Fails the statement it is called in (a version check of a change set that did not hold).
create function lead_kit_check(ok boolean, message text) returns boolean language plpgsql as $$
begin
  if not ok then raise exception using errcode = 'LK409', message = message; end if;
  return true;
end $$;
