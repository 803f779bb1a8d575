/**
 * Keeps recently used aggregates (incidents, service correlations) in memory between commands, so that a command
 * no longer replays the aggregate's whole event stream: under an alert storm the intake's cost per signal stops
 * growing with the incident's size. The event store stays the source of truth: a cached aggregate that another
 * instance has moved on is caught by the store's optimistic locking (Axon evicts it on rollback and the command is
 * retried), and the cache is emptied whenever this instance's Kafka partitions change hands.
 */
package io.beacon.incident.caching;
