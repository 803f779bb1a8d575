package io.beacon.incident.api;

/**
 * Deadline payload: escalation step {@code step} is due at {@code dueAt} unless the incident was acknowledged
 * meanwhile. Later steps are timed from {@code dueAt}, not from when the deadline happened to fire, so a late
 * deadline never pushes the rest of the chain back.
 */
public record EscalationDue(int step, java.time.Instant dueAt) {

    public static final String DEADLINE = "escalation";
}
