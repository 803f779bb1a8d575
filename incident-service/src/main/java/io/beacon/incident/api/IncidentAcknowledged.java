package io.beacon.incident.api;

import java.time.Instant;

/** A responder took the incident: paging stops. */
public record IncidentAcknowledged(String incidentId, String service, String acknowledgedBy, Instant acknowledgedAt)
        implements IncidentEvent {
}
