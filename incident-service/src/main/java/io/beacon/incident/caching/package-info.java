/**
 * Keeps recently used aggregates (incidents, service correlations) in memory between commands, so that a command
 * no longer replays the aggregate's whole event stream: under an alert storm the intake's cost per signal stops
 * growing with the incident's size. The event store stays the source of truth: a cached copy is used only while the
 * store holds no later event for it (one indexed read per command), so another instance's changes are never missed,
 * and a race between the read and the append is caught by the store's optimistic locking (Axon evicts the copy on
 * rollback and the command is retried).
 */
package io.beacon.incident.caching;
