-- Counters in shards, so concurrent submissions to one campaign do not queue on one row.
alter table counters add column if not exists shard int not null default 0;
alter table counters drop constraint if exists counters_pkey;
alter table counters add primary key (tenant, key, shard);
