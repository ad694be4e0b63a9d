-- Returning visitors (progressive profiling): a form's first-party visitor id (random, kept on
-- the visitor's device) → the person it last submitted as. Read by id only (knownFields).
create table if not exists visitors (
  tenant_id text not null, id text not null, version int not null,
  person_type text not null, person_id text not null,
  created_at timestamptz not null, updated_at timestamptz not null, extra jsonb,
  primary key (tenant_id, id));
