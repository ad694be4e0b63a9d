-- Submissions a form's spam trap held as suspected spam (the quarantine): the raw submission
-- until someone releases it (then captured like any other) or discards it. No foreign key to
-- its campaign: a secret key may hold one for a campaign its release will create.
create table if not exists held_submissions (
  tenant_id text not null, id text not null, version int not null,
  campaign_id text not null, reason text not null, submission jsonb not null, public_form boolean,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));
create index if not exists held_submissions_by_campaign on held_submissions (tenant_id, campaign_id, created_at desc);
