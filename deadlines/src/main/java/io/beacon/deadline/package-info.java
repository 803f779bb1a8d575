/**
 * Persistent Axon deadlines: Axon's {@code DbSchedulerDeadlineManager} over a db-scheduler {@code Scheduler} that
 * keeps every pending deadline in this service's own {@code scheduled_tasks} table, so escalation and status-update
 * deadlines survive a restart and fire exactly once however many instances run. Owns the scheduler's settings, its
 * start and stop around Axon's lifecycle, the JSON form of the task data and the {@code beacon.deadline.lag} timer.
 * Knows nothing about incidents: the aggregates schedule and handle deadlines through Axon's {@code DeadlineManager}.
 */
package io.beacon.incident.deadline;
