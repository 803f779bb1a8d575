package io.beacon.incident.api;

import java.time.Instant;

/**
 * The commander told everyone where the incident stands.
 *
 * @param sequence        1 for the first update, and so on
 * @param nextUpdateDueAt when the next update is promised; null once resolved
 */
public record StatusUpdatePosted(
        String incidentId,
        int sequence,
        StatusLabel label,
        String summary,
        String impact,
        String nextStep,
        String commander,
        String postedBy,
        Instant nextUpdateDueAt,
        String broadcastChannel,
        Instant postedAt) implements IncidentEvent {
}
