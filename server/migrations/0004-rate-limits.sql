-- Lead-submission rate limits shared by every instance (token buckets as GCRA rows).
create unlogged table if not exists rate_limits (bucket text primary key, tat timestamptz not null);
