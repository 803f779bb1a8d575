/**
 * Commands and events of incident-service. Internal: they live in this service's event store and never cross
 * Kafka (see the {@code messaging} package for the mapping to contracts).
 */
package io.beacon.incident.api;
