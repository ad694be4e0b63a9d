-- The people and account searches' trigram indexes write each row's entries into the index at
-- once instead of through GIN's pending list (fastupdate). With the list, every search scanned
-- up to 4 MB of unsorted entries, and the planner, counting them, turned a common word's search
-- into a sequential scan of the table (43 ms instead of 10 at 100,000 people) until a vacuum
-- merged the list; and the submission whose insert overflowed the list merged it in its own
-- statement (a latency spike for the whole batch). The entries already pending are merged here.
alter index leads_search set (fastupdate = off);
alter index contacts_search set (fastupdate = off);
alter index accounts_search set (fastupdate = off);
select gin_clean_pending_list('leads_search'), gin_clean_pending_list('contacts_search'), gin_clean_pending_list('accounts_search');
