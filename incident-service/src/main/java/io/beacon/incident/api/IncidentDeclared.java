package io.beacon.incident.api;

import java.time.Instant;

/** A new incident opened, triggered by {@code trigger}: the detection point of its timeline. */
public record IncidentDeclared(
        String incidentId,
        String service,
        String title,
        Severity severity,
        AlertSignal trigger,
        Instant declaredAt) implements IncidentEvent {
}
