package io.beacon.incident.api;

import java.time.Instant;

/** Every level of the policy was paged, every round, and nobody acknowledged. */
public record EscalationExhausted(String incidentId, int steps, String teamChannel, Instant at)
        implements IncidentEvent {
}
