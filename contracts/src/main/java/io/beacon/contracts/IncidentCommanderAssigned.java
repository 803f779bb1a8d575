package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code commander} now runs the incident.
 *
 * @param previous the commander before, or null for the first one
 */
public record IncidentCommanderAssigned(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        String commander,
        String previous,
        String assignedBy,
        Instant assignedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_COMMANDER_ASSIGNED;
    }
}
