package io.beacon.incident.api;

/**
 * Deadline payload: the update promised after update {@code afterSequence} is due; {@code missed} counts how many
 * intervals have passed without one.
 */
public record StatusUpdateDue(int afterSequence, int missed) {

    public static final String DEADLINE = "status-update";
}
