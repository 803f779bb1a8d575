-- The action items as the manager's review, the figures and the risk backlog read them (fed by the
-- action-item-view processor from the event store). Plain SQL both PostgreSQL and H2 accept. The incident context
-- is copied from the item's creation, so filters and ranking need no join. version = the aggregate sequence number
-- of the last event applied: a redelivered event at or below it is skipped.
create table action_item_view (
    action_item_id         varchar(255)             not null primary key,
    postmortem_id          varchar(255)             not null,
    incident_id            varchar(255),
    reference              varchar(32),
    service                varchar(255),
    severity               varchar(16),
    title                  varchar(200)             not null,
    description            varchar(4000),
    owner                  varchar(100)             not null,
    team                   varchar(255),
    priority               varchar(8)               not null,
    kind                   varchar(16)              not null,
    tracker_link           varchar(1000),
    status                 varchar(16)              not null,
    due_at                 timestamp with time zone not null,
    created_at             timestamp with time zone not null,
    created_by             varchar(255),
    started_at             timestamp with time zone,
    completed_at           timestamp with time zone,
    completed_by           varchar(255),
    on_time                boolean,
    wont_do                boolean                  not null,
    risk_acceptance        varchar(4000),
    approved_by            varchar(255),
    requested_by           varchar(255),
    deprioritised_at       timestamp with time zone,
    escalation_level       integer                  not null,
    escalated_to           varchar(255),
    reminded_at            timestamp with time zone,
    overdue_since          timestamp with time zone,
    version                bigint                   not null,
    last_event             varchar(64)              not null
);

create index idx_action_item_view_postmortem on action_item_view (postmortem_id);
create index idx_action_item_view_due on action_item_view (due_at);
