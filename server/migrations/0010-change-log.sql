-- The change log: every committed change announced on the feed, with a sequence number that is
-- the SSE event id, kept a bounded time so a client (or an instance whose LISTEN connection
-- dropped) that comes back with Last-Event-ID gets what it missed. change_log_state says how
-- far the log was pruned: an id older than that is told to reload.
create table if not exists change_log (
  tenant_id text not null, seq bigint generated always as identity, payload jsonb not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, seq));
create index if not exists change_log_seq on change_log (seq);
create table if not exists change_log_state (id boolean primary key default true check (id), pruned_through bigint not null default 0);
insert into change_log_state (id) values (true) on conflict do nothing;
