package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** A responder acknowledged the incident; escalation stops. */
public record IncidentAcknowledged(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String acknowledgedBy,
        Instant acknowledgedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String partitionKey() {
        return incidentId;
    }
}
