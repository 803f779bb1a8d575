-- The listener's catch-up (OutboxQueries.listenerPending) reads one status at a time in id order. With id in the
-- index that is a walk over the rows it returns; with (listener_done, status) alone, PostgreSQL chose to walk the
-- primary key past every other row, 78 ms a call under a flood, to find none.
drop index idx_slack_outbox_listener;
create index idx_slack_outbox_listener on slack_outbox (listener_done, status, id);
