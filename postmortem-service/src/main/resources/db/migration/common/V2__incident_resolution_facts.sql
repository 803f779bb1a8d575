-- incident events v2: the reference people use, the commander, the resolution and the story a postmortem imports
alter table incident_record add column incident_number bigint;
alter table incident_record add column reference varchar(32);
alter table incident_record add column commander varchar(255);
alter table incident_record add column mitigated_at timestamp with time zone;
alter table incident_record add column resolved_by varchar(255);
alter table incident_record add column resolution_summary varchar(4000);
alter table incident_record add column reopen_count integer default 0 not null;

-- the signals and status updates as the resolved event carried them (replaced by each resolution)
create table incident_record_signal (
    incident_id varchar(64)              not null,
    position    integer                  not null,
    alert_name  varchar(1000),
    status      varchar(16),
    source      varchar(255),
    starts_at   timestamp with time zone,
    title       varchar(4000),
    primary key (incident_id, position)
);

create table incident_record_status_update (
    incident_id     varchar(64)              not null,
    position        integer                  not null,
    update_sequence integer                  not null,
    label           varchar(16),
    summary         varchar(4000),
    impact          varchar(4000),
    posted_by       varchar(255),
    posted_at       timestamp with time zone,
    primary key (incident_id, position)
);
