-- db-scheduler 16.x's table (its published definition, in H2 2.x types): pending Axon deadlines, one row each.
-- task_data is JSON (see io.beacon.deadline.JsonTaskData) stored as a blob, as db-scheduler expects.
-- The deadlines module's canonical DDL: each service copies it into a Flyway migration of its own (its own
-- version number) and a test there checks that the copy has the same statements (comments may differ).
create table scheduled_tasks (
    task_name            varchar(100)             not null,
    task_instance        varchar(100)             not null,
    task_data            blob,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(50),
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
