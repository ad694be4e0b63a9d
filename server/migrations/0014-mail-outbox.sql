-- The mail outbox (double opt-in confirmations): written in the same statement as the membership
-- that asks for it, so a mail exists exactly when its sign-up does; a sender in every instance
-- claims due rows (FOR UPDATE SKIP LOCKED), sends them over SMTP and marks them sent, retrying
-- with backoff while SMTP is down. `used_at`: the confirmation link was used (one use only).
create table if not exists mail_outbox (
  tenant_id text not null, id text not null,
  kind text not null, to_address text not null, locale text,
  campaign_id text not null, member_id text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz, last_error text, used_at timestamptz,
  primary key (tenant_id, id));
-- The senders' scan for due mail (across tenants: on Citus it runs on every shard).
create index if not exists mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
