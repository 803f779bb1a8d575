package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** Work on the action item started: open to in progress. */
public record ActionItemStarted(
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
        String startedBy,
        Instant startedAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemStarted {
        title = BoundedText.cut(title, MAX_TITLE);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_STARTED;
    }
}
