package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Nobody acknowledged in time, so the next escalation step was paged. The first page of an incident is not an
 * escalation and is not published.
 *
 * @param step      the escalation step paged, 2 or more (1 was the first page)
 * @param level     the level of the escalation policy that step pages (1-based)
 * @param round     how many times the policy has been run through (1-based), when it repeats
 * @param responder a Slack user id or email, or null when a channel is paged as a whole
 * @param channel   where the page was posted
 */
public record IncidentEscalated(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        int step,
        int level,
        int round,
        String responder,
        String channel,
        Instant escalatedAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_ESCALATED;
    }
}
