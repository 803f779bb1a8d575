package io.beacon.incident.api;

import java.time.Instant;

/**
 * The promised update did not come: the commander is nudged ({@code missed} counts the intervals missed in a row);
 * from the second one on, {@code escalationContact} is told as well.
 */
public record StatusUpdateOverdue(
        String incidentId,
        Instant dueAt,
        int missed,
        String commander,
        EscalationTarget escalationContact,
        String teamChannel,
        Instant nextNudgeAt,
        Instant at) implements IncidentEvent {
}
