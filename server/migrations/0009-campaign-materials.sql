-- Campaign materials (named links and small files, base64 in `file`, limited by model/material)
-- and what an empty campaign's deletion must take with it: its member counters (their foreign
-- key now cascades).
create table if not exists campaign_materials (
  tenant_id text not null, id text not null, version int not null,
  campaign_id text not null, name text not null, kind text not null, url text, file jsonb,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, campaign_id) references campaigns deferrable initially deferred);
create index if not exists campaign_materials_by_campaign on campaign_materials (tenant_id, campaign_id);
alter table campaign_member_counts drop constraint if exists campaign_member_counts_tenant_id_campaign_id_fkey;
alter table campaign_member_counts add constraint campaign_member_counts_tenant_id_campaign_id_fkey
  foreign key (tenant_id, campaign_id) references campaigns on delete cascade deferrable initially deferred;
