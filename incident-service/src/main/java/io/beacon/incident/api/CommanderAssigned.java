package io.beacon.incident.api;

import java.time.Instant;

/** {@code commander} now runs the incident; {@code previous} is null for the first one. */
public record CommanderAssigned(String incidentId, String commander, String previous, String assignedBy,
                                Instant assignedAt) implements IncidentEvent {
}
