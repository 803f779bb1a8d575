-- What the kafka-outbound processing group remembers of each incident, so that the integration events it publishes
-- (number and reference on every event; the whole story on IncidentResolved) never need the event store re-read.
-- Written by messaging.OutboundIncidentFacts in the same transaction that advances the processor's token.
-- Times are ISO-8601 instants as text, not timestamps: the events carry nanoseconds, PostgreSQL keeps microseconds
-- (and rounds), and the resolved event must repeat the very times the earlier events published.
create table outbound_incident_facts (
    incident_id     varchar(64) not null primary key,
    incident_number bigint not null,
    service         varchar(255) not null,
    title           varchar(4000) not null,
    severity        varchar(16) not null,
    commander       varchar(255),
    declared_at     varchar(40) not null,
    acknowledged_at varchar(40),
    mitigated_at    varchar(40)
);

-- one row per signal on the incident, keyed by the aggregate sequence number of the event that brought it
-- (the declaration for the triggering signal), so replaying the same event writes nothing new
create table outbound_incident_signal (
    incident_id    varchar(64) not null,
    event_sequence bigint not null,
    alert_name     varchar(1000),
    status         varchar(16) not null,
    source         varchar(255),
    starts_at      varchar(40),
    title          varchar(4000),
    primary key (incident_id, event_sequence)
);

create table outbound_incident_update (
    incident_id     varchar(64) not null,
    update_sequence integer not null,
    label           varchar(16) not null,
    summary         varchar(4000),
    impact          varchar(4000),
    posted_by       varchar(255),
    posted_at       varchar(40) not null,
    primary key (incident_id, update_sequence)
);
