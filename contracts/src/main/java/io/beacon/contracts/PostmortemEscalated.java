package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A late postmortem was escalated to {@code escalatedTo}, {@code level} managers above its owner (1: the owner's
 * manager, 2: theirs, …).
 */
public record PostmortemEscalated(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String postmortemId,
        String incidentId,
        String reference,
        String service,
        IncidentSeverity severity,
        String owner,
        int level,
        String escalatedTo,
        Instant publishDueAt,
        Instant escalatedAt) implements PostmortemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.POSTMORTEM_ESCALATED;
    }
}
