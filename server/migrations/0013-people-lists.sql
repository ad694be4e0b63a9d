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
