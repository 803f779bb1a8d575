package io.beacon.incident.api;

import java.time.Instant;

/**
 * The incident's severity changed.
 *
 * @param changedBy who changed it, or null when a more severe alert raised it
 * @param commander the commander at that moment (told of a raise), or null
 */
public record SeverityChanged(String incidentId, IncidentSeverity from, IncidentSeverity to, String changedBy,
                              String reason, String commander, Instant changedAt) implements IncidentEvent {
}
