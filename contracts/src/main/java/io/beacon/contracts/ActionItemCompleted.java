package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The action item is done; its follow-up stops.
 *
 * @param note   what was done, or null
 * @param onTime {@code completedAt} no later than {@code dueAt}
 */
public record ActionItemCompleted(
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
        String completedBy,
        String note,
        Instant dueAt,
        Instant completedAt,
        boolean onTime) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemCompleted {
        title = BoundedText.cut(title, MAX_TITLE);
        note = BoundedText.cut(note, MAX_TEXT);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_COMPLETED;
    }
}
