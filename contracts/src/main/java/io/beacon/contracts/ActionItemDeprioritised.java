package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The action item was deprioritised with a recorded risk acceptance: won't do ({@code wontDo}, {@code dueAt} null,
 * follow-up stopped), or due later than its priority allows ({@code dueAt}, follow-up restarted against it).
 *
 * @param riskAcceptance which risk is accepted, and why
 * @param approvedBy     a manager of the owner per the org file
 * @param requestedBy    who asked for it
 */
public record ActionItemDeprioritised(
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
        boolean wontDo,
        Instant previousDueAt,
        Instant dueAt,
        String riskAcceptance,
        String approvedBy,
        String requestedBy,
        Instant deprioritisedAt) implements ActionItemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ActionItemDeprioritised {
        title = BoundedText.cut(title, MAX_TITLE);
        riskAcceptance = BoundedText.cut(riskAcceptance, MAX_TEXT);
    }

    @Override
    public String eventType() {
        return EventTypes.ACTION_ITEM_DEPRIORITISED;
    }
}
