package io.beacon.incident.api;

import java.time.Instant;

/** The incident is over; the service is released, so its next alert opens a new incident. */
public record IncidentResolved(String incidentId, String service, String resolvedBy, String summary,
                               Instant resolvedAt) implements IncidentEvent {
}
