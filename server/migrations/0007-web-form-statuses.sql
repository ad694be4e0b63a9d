-- Which member statuses a public web form (a publishable key) may record. A database created
-- by the servers whose migration 5 had the column already has it.
alter table campaign_member_statuses add column if not exists web_form boolean not null default false;
