-- Which records of the intake's dead-letter topic (beacon.alert-signals.v1.incident-service.dlq) were replayed to
-- the intake topic: one row per dead-letter record, claimed in the same transaction that waits for the republish,
-- so repeated replay requests and two instances replaying at once republish each record once.
create table intake_dead_letter_replay (
    dlt_partition  integer                  not null,
    dlt_offset     bigint                   not null,
    record_key     varchar(512),
    replayed_at    timestamp with time zone not null,
    replayed_by    varchar(255)             not null,
    primary key (dlt_partition, dlt_offset)
);
