package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The incident's severity changed.
 *
 * @param changedBy who changed it, or null when a more severe alert raised it
 */
public record IncidentSeverityChanged(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        IncidentSeverity from,
        IncidentSeverity to,
        String changedBy,
        String reason,
        Instant changedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_SEVERITY_CHANGED;
    }
}
