package io.beacon.incident.api;

/**
 * Deadline payload: the update promised after update {@code afterSequence} is due; {@code missed} counts how many
 * intervals have passed without one. The next nudge is timed from {@code dueAt}.
 */
public record StatusUpdateDue(int afterSequence, int missed, java.time.Instant dueAt) {

    public static final String DEADLINE = "status-update";
}
