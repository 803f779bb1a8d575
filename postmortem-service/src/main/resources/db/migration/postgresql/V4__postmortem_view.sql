-- The postmortems as the API lists them (fed by the postmortem-view processor from the event store). The list
-- columns are plain columns; everything the full view shows (facts, imported timeline, sections, edits) is one
-- JSON document, rewritten on each event: a postmortem is small and always read whole.
create table postmortem_view (
    postmortem_id  varchar(255)             not null primary key,
    incident_id    varchar(255)             not null,
    reference      varchar(32),
    service        varchar(255),
    title          varchar(4000),
    severity       varchar(16),
    owner          varchar(255),
    status         varchar(16)              not null,
    mandatory      boolean                  not null,
    drafted_at     timestamp with time zone not null,
    publish_due_at timestamp with time zone,
    published_at   timestamp with time zone,
    document       text                     not null
);

create index idx_postmortem_view_incident on postmortem_view (incident_id);
