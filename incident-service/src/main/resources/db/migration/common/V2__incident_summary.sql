create table incident_summary (
    incident_id     varchar(64)              not null primary key,
    service         varchar(255)             not null,
    title           varchar(4000)            not null,
    severity        varchar(16)              not null,
    status          varchar(16)              not null,
    declared_at     timestamp with time zone not null,
    acknowledged_at timestamp with time zone,
    acknowledged_by varchar(255),
    paged_responder varchar(255),
    paged_channel   varchar(255),
    paged_at        timestamp with time zone,
    signal_count    integer                  not null,
    last_signal_at  timestamp with time zone
);

create index idx_incident_summary_declared on incident_summary (declared_at desc);
create index idx_incident_summary_service on incident_summary (service, status);
