-- What the postmortem-events-publisher processing group remembers of each postmortem and action item, so that the
-- integration events it publishes carry the incident, owner, team and deadline the later internal events lack
-- (ActionItemCompleted names no postmortem, PostmortemOverdue no incident). Written by publishing.OutboundFacts in the
-- same transaction that advances the processor's token; rows are written once, from the first event of an aggregate
-- (drafted, created), and never change, so replaying events is safe. Times are ISO-8601 instants as text so they keep
-- their nanoseconds (as incident-service's V7 does): republished, they equal the originals.
create table outbound_postmortem (
    postmortem_id  varchar(255)  not null primary key,
    incident_id    varchar(255)  not null,
    reference      varchar(32),
    service        varchar(255),
    severity       varchar(16),
    owner          varchar(255),
    mandatory      boolean       not null,
    publish_due_at varchar(40)   not null
);

create table outbound_action_item (
    action_item_id varchar(255)  not null primary key,
    postmortem_id  varchar(255)  not null,
    incident_id    varchar(255)  not null,
    reference      varchar(32),
    service        varchar(255),
    severity       varchar(16),
    title          varchar(1000) not null,
    owner          varchar(255)  not null,
    team           varchar(255),
    priority       varchar(8)    not null
);
