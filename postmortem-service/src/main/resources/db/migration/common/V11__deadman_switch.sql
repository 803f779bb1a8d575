-- The dead-man's switch over the escalation machinery (io.beacon.deadline.deadman): one row per check
-- ('deadlines', 'processors'), shared by every instance of the service, so that each trip and each recovery
-- happens once and its Slack message is keyed by the episode. The same statements on H2 and PostgreSQL.
-- A copy of the deadlines module's canonical DDL (io/beacon/deadline/deadman_switch.sql), checked by SharedModuleMigrationsTest.
create table deadman_switch (
    check_name varchar(50)              not null primary key,
    tripped    boolean                  not null,
    episode    bigint                   not null,
    changed_at timestamp with time zone not null,
    reason     varchar(2000)
);
