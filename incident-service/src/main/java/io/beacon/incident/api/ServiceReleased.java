package io.beacon.incident.api;

import java.time.Instant;

/** The service has no open incident any more. */
public record ServiceReleased(String correlationId, String service, String incidentId, Instant releasedAt) {
}
