package io.beacon.incident.api;

import java.time.Instant;

/** Another signal for the incident's service arrived while it was open (firing or resolved). */
public record SignalAttached(String incidentId, AlertSignal signal, Instant attachedAt) implements IncidentEvent {
}
