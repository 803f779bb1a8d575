package io.beacon.incident.api;

import java.time.Instant;

/** Every alert attached to the incident has resolved; the commander decides whether that ends it. */
public record AllAlertsResolved(String incidentId, int alerts, String commander, Instant at)
        implements IncidentEvent {
}
