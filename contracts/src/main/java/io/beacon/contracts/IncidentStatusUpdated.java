package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The commander posted a status update. A {@link StatusLabel#RESOLVED} update is followed by {@link IncidentResolved}.
 *
 * @param sequence        1 for the incident's first update, and so on
 * @param nextUpdateDueAt when the next update is promised; null once resolved
 */
public record IncidentStatusUpdated(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        int sequence,
        StatusLabel label,
        String summary,
        String impact,
        String nextStep,
        String commander,
        String postedBy,
        Instant nextUpdateDueAt,
        Instant postedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_STATUS_UPDATED;
    }
}
