-- the lifecycle on the incident list: reference, commander, status updates, resolution and the key times
alter table incident_summary add column incident_number bigint;
alter table incident_summary add column commander varchar(255);
alter table incident_summary add column next_update_due_at timestamp with time zone;
alter table incident_summary add column mitigated_at timestamp with time zone;
alter table incident_summary add column resolved_at timestamp with time zone;
alter table incident_summary add column resolved_by varchar(255);
alter table incident_summary add column latest_update varchar(4000);
alter table incident_summary add column update_count integer default 0 not null;
alter table incident_summary add column escalation_step integer default 0 not null;
alter table incident_summary alter column title set data type varchar(4000);
create unique index idx_incident_summary_number on incident_summary (incident_number);
create index idx_incident_summary_severity on incident_summary (severity, declared_at);
