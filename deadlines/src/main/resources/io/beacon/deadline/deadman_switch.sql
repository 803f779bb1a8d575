-- The dead-man's switch over the escalation machinery (io.beacon.deadline.deadman): one row per check
-- ('deadlines', 'processors'), shared by every instance of the service, so that each trip and each recovery
-- happens once and its Slack message is keyed by the episode. The same statements on H2 and PostgreSQL.
-- The deadlines module's canonical DDL: each service copies it into a Flyway migration of its own (its own
-- version number) and a test there checks that the copy has the same statements (comments may differ).
create table deadman_switch (
    check_name varchar(50)              not null primary key,
    tripped    boolean                  not null,
    episode    bigint                   not null,
    changed_at timestamp with time zone not null,
    reason     varchar(2000)
);
