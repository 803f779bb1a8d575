/**
 * Persistent Axon deadlines: Axon's {@code DbSchedulerDeadlineManager} over a db-scheduler {@code Scheduler} that
 * keeps every pending deadline in the service's own {@code scheduled_tasks} table (DDL: {@code scheduled_tasks-h2.sql}
 * and {@code scheduled_tasks-postgresql.sql} beside this package, copied into each service's Flyway migrations), so
 * deadlines (incident escalations, status updates, postmortem reminders…) survive a restart and fire exactly once
 * however many instances run. Owns the scheduler's settings ({@code beacon.deadlines.*}), its start and stop around
 * Axon's lifecycle, the JSON form of the task data and the {@code beacon.deadline.lag} timer.
 * Knows nothing about any domain: the aggregates schedule and handle deadlines through Axon's {@code DeadlineManager}.
 */
package io.beacon.deadline;
