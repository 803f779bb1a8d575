package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** A done or won't-do action item is open again, due at {@code dueAt}; its follow-up restarts. */
public record ActionItemReopened(
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
        String reopenedBy,
        String reason,
        Instant dueAt,
        Instant reopenedAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemReopened {
        title = BoundedText.cut(title, MAX_TITLE);
        reason = BoundedText.cut(reason, MAX_TEXT);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_REOPENED;
    }
}
