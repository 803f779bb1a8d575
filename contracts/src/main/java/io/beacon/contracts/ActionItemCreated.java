package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An action item was added to a postmortem, due at {@code dueAt} (the priority's default offset unless given).
 *
 * @param trackerLink a link to the item in an issue tracker, or null
 */
public record ActionItemCreated(
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
        String description,
        ActionItemKind kind,
        String trackerLink,
        Instant dueAt,
        String createdBy,
        Instant createdAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemCreated {
        title = BoundedText.cut(title, MAX_TITLE);
        description = BoundedText.cut(description, MAX_TEXT);
        trackerLink = BoundedText.cut(trackerLink, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_CREATED;
    }
}
