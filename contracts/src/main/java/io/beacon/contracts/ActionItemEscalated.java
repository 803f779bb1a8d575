package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The overdue action item was escalated to {@code escalatedTo}, {@code level} managers above the owner (1: the
 * owner's manager, 2: theirs, …).
 */
public record ActionItemEscalated(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String postmortemId,
        String incidentId,
        String reference,
        String service,
        IncidentSeverity severity,
        String actionItemId,
        String title,
        String owner,
        String team,
        ActionItemPriority priority,
        int level,
        String escalatedTo,
        Instant dueAt,
        Instant escalatedAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemEscalated {
        title = BoundedText.cut(title, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_ESCALATED;
    }
}
