package io.beacon.incident.api;

import java.time.Instant;

/** Slack accepted the page of escalation step {@code step}. */
public record PageDelivered(String incidentId, int step, String channel, String messageTs, Instant deliveredAt)
        implements IncidentEvent {
}
