create table incident_record (
    incident_id     varchar(64)              not null primary key,
    service         varchar(255),
    title           varchar(4000),
    severity        varchar(16),
    declared_at     timestamp with time zone,
    acknowledged_at timestamp with time zone,
    acknowledged_by varchar(255),
    resolved_at     timestamp with time zone
);

create table processed_event (
    event_id     uuid                     not null primary key,
    event_type   varchar(255)             not null,
    processed_at timestamp with time zone not null
);
