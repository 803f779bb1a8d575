package io.beacon.incident.api;

import java.time.Instant;

/**
 * The incident decided to page somebody: escalation step {@code step} (1 = the first page; every later step is an
 * escalation), which is {@code level} of the policy in its {@code round}. Delivery follows separately
 * ({@link PageDelivered}), so Slack being slow never delays this decision or the timeline.
 *
 * @param responder a Slack user id or email, or null when a channel is paged as a whole
 * @param channel   where the page is posted
 * @param fallbacks where to post it instead if that channel is gone (the team's, then the default team's channel)
 */
public record ResponderPaged(
        String incidentId,
        int step,
        int level,
        int round,
        String responder,
        String channel,
        java.util.List<String> fallbacks,
        IncidentBrief brief,
        Instant pagedAt) implements IncidentEvent {

    public ResponderPaged {
        fallbacks = fallbacks == null ? java.util.List.of() : java.util.List.copyOf(fallbacks);
    }

    public boolean isEscalation() {
        return step > 1;
    }
}
