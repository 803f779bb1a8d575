package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A postmortem was opened for a resolved incident, owned by its commander (or whoever resolved it), to be published by
 * {@code publishDueAt}. Only a {@code mandatory} one is followed up (reminded, overdue, escalated).
 */
public record PostmortemDrafted(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String postmortemId,
        String incidentId,
        String reference,
        String service,
        IncidentSeverity severity,
        String title,
        String owner,
        boolean mandatory,
        Instant publishDueAt,
        Instant draftedAt) implements PostmortemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public PostmortemDrafted {
        title = BoundedText.cut(title, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.POSTMORTEM_DRAFTED;
    }
}
