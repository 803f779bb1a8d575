package io.beacon.incident.api;

import java.time.Instant;

/** A resolved incident came back within the reopen window. */
public record IncidentReopened(String incidentId, String service, String reopenedBy, String reason,
                               Instant nextUpdateDueAt, Instant reopenedAt) implements IncidentEvent {
}
