package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** The due date came with the action item still open; the owner is told, and managers follow after the grace. */
public record ActionItemOverdue(
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
        Instant dueAt,
        Instant overdueAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemOverdue {
        title = BoundedText.cut(title, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_OVERDUE;
    }
}
