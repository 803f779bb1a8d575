package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** The due date moved within what the priority allows (past it is {@link ActionItemDeprioritised}). */
public record ActionItemRescheduled(
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
        Instant previousDueAt,
        Instant dueAt,
        String rescheduledBy,
        Instant rescheduledAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemRescheduled {
        title = BoundedText.cut(title, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_RESCHEDULED;
    }
}
