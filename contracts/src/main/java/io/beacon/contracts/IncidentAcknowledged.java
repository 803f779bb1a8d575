package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A responder acknowledged the incident; escalation stops.
 * Schema version 2: adds reference and number.
 */
public record IncidentAcknowledged(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        String acknowledgedBy,
        Instant acknowledgedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 2;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_ACKNOWLEDGED;
    }
}
