-- The rows whose outcome is recorded but whose listener has not been told (OutboxQueries.listenerPending): a handful
-- at any time, in a table of every message ever sent. PostgreSQL estimated thousands of them (it multiplies the
-- shares of undelivered rows and of delivered ones as if unrelated), so it walked the primary key in id order past
-- every row of the table, 45-78 ms a call under a flood, to find none. This index holds only those rows.
create index idx_slack_outbox_listener_pending on slack_outbox (id)
    where listener_done = false and status in ('DELIVERED', 'FAILED');
