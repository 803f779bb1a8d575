package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** A resolved incident came back within the reopen window; a later {@link IncidentResolved} closes it again. */
public record IncidentReopened(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        String reopenedBy,
        String reason,
        Instant reopenedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_REOPENED;
    }
}
