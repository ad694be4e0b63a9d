-- The JSONB layout of the first servers: records, imitated IndexedDB indexes, counters.
create table if not exists records (
  tenant text not null, store text not null, id text not null, version int not null, data jsonb not null,
  primary key (tenant, store, id));
create table if not exists index_entries (
  tenant text not null, store text not null, idx text not null, key text collate "C" not null, id text not null, uniq boolean not null,
  primary key (tenant, store, idx, key, id));
create unique index if not exists index_entries_unique on index_entries (tenant, store, idx, key) where uniq;
create index if not exists index_entries_by_record on index_entries (tenant, store, id);
create table if not exists counters (tenant text not null, key text not null, counts jsonb not null, primary key (tenant, key));
