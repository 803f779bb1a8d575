package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** The incident is over; postmortem-service opens a postmortem on it. */
public record IncidentResolved(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String title,
        String resolvedBy,
        Instant declaredAt,
        Instant resolvedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String partitionKey() {
        return incidentId;
    }
}
