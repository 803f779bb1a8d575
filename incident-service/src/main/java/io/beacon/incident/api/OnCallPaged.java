package io.beacon.incident.api;

import java.time.Instant;

/**
 * A responder was paged for escalation step {@code step} (1 = the on-call engineer).
 *
 * @param responder who was paged: a Slack user id, an email, or null when nobody is on call
 * @param channel   where the page was posted
 * @param messageTs the Slack message's timestamp, so the page can be updated later; null when logged only
 */
public record OnCallPaged(
        String incidentId,
        int step,
        String responder,
        String channel,
        String messageTs,
        Instant pagedAt) implements IncidentEvent {
}
