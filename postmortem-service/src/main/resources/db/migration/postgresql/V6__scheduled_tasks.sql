-- db-scheduler 16.x's table for PostgreSQL (its published definition): pending Axon deadlines, one row each.
-- task_data is JSON (see io.beacon.deadline.JsonTaskData) stored as bytea, as db-scheduler expects.
-- A copy of the deadlines module's canonical DDL (SharedModuleMigrationsTest keeps the statements equal).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

-- due executions are polled by execution_time; dead executors are found by last_heartbeat
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
