package io.beacon.incident.api;

/** Deadline payload: escalation step {@code step} is due unless the incident was acknowledged meanwhile. */
public record EscalationDue(int step) {

    public static final String DEADLINE = "escalation";
}
