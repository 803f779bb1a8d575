package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** A mandatory postmortem's publish deadline passed with it unpublished; the owner is told, managers follow. */
public record PostmortemOverdue(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String postmortemId,
        String incidentId,
        String reference,
        String service,
        IncidentSeverity severity,
        String owner,
        Instant publishDueAt,
        Instant overdueAt) implements PostmortemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.POSTMORTEM_OVERDUE;
    }
}
