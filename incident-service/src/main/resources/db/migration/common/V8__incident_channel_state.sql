-- What each incident's Slack channel summary shows, kept by the incident-channel handler (never replayed) in the
-- same transaction as the outbox messages it enqueues. summary_revision numbers the summary's updates (unique outbox
-- keys); last_event_sequence is the incident's last event applied, so a redelivered event changes nothing.
create table incident_channel_state (
    incident_id         varchar(64)              not null primary key,
    incident_number     bigint                   not null,
    service             varchar(1000)            not null,
    title               varchar(4000),
    severity            varchar(16)              not null,
    status              varchar(16)              not null,
    commander           varchar(255),
    acknowledged_by     varchar(255),
    update_label        varchar(16),
    update_summary      varchar(4000),
    update_impact       varchar(4000),
    next_update_due_at  timestamp with time zone,
    missed_updates      integer default 0        not null,
    runbook_url         varchar(2000),
    source_url          varchar(2000),
    team_channel        varchar(255),
    resolved_by         varchar(255),
    resolved_at         timestamp with time zone,
    declared_at         timestamp with time zone not null,
    summary_revision    integer default 0        not null,
    last_event_sequence bigint                   not null
);
