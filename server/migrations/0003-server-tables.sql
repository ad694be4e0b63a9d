-- The server's own tables: Idempotency-Keys (written in the transaction of their effect),
-- API keys bound to tenants (only a hash is kept), and the secret that signs event tickets.
create table if not exists idempotency (
  tenant text not null, key text not null, method text not null, fingerprint text not null, status int not null, response jsonb,
  created_at timestamptz not null default now(), primary key (tenant, key, method));
create table if not exists api_keys (
  id text primary key, tenant text not null, kind text not null check (kind in ('secret', 'publishable')),
  hash bytea not null, origins text[] not null default '{}', label text not null default '',
  created_at timestamptz not null default now(), revoked_at timestamptz);
create index if not exists api_keys_by_tenant on api_keys (tenant);
create table if not exists server_secrets (name text primary key, secret bytea not null);
insert into server_secrets (name, secret) values ('ticket', decode(md5(random()::text || clock_timestamp()::text) || md5(random()::text || pg_backend_pid()::text), 'hex'))
  on conflict (name) do nothing;
