-- People lists (pagePeople): each order a list can be sorted in has an index on the leads not
-- converted and on the contacts, ties broken by id (keyset paging); they replace the name-only
-- indexes people search walked. The rating order is hot, warm, cold, none (a contact has none).
create index leads_people_name on leads (tenant_id, sort_name, id) where converted_at is null;
create index leads_people_created on leads (tenant_id, created_at, id) where converted_at is null;
create index leads_people_rating on leads (tenant_id, (coalesce(array_position('{hot,warm,cold}'::text[], rating), 4)), sort_name, id) where converted_at is null;
create index contacts_people_name on contacts (tenant_id, sort_name, id);
create index contacts_people_created on contacts (tenant_id, created_at, id);
drop index leads_sort;
drop index contacts_sort;
-- The workspace counter's `contacts`: the contacts already there, counted once.
insert into workspace_counts (tenant_id, counter, metric, shard, n)
select tenant_id, 'workspace:leads', 'contacts', 0, count(*) from contacts group by tenant_id
on conflict (tenant_id, counter, metric, shard) do update set n = workspace_counts.n + excluded.n;
-- Saved people views, shared by the workspace: a name, whether lists open with it, and what it
-- shows (columns, widths, sort, filters, search, type) as the kit wrote it, in `extra`.
create table people_views (
  tenant_id text not null, id text not null, version int not null,
  name text not null, is_default boolean,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));
