package io.beacon.incident.api;

import java.time.Instant;

/** The service's correlation now points at a new open incident. */
public record IncidentOpenedForService(String correlationId, String service, String incidentId, Instant openedAt) {
}
