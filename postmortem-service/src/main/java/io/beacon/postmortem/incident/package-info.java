/**
 * Incidents as postmortem-service learns of them from {@code beacon.incident-events.v1}: a local, idempotently
 * applied copy. Never writes to incident-service; Kafka is the only path between the services.
 */
package io.beacon.postmortem.incident;
