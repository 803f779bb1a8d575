package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an incident. Only {@link io.beacon.incident.correlation.ServiceCorrelation} creates incidents (directly, in
 * its own unit of work), so that one open incident per service holds; this record is what it hands over.
 *
 * @param trigger    the first alert signal, or null when declared by hand
 * @param declaredBy who declared it by hand, or null
 */
public record OpenIncident(
        @TargetAggregateIdentifier String incidentId,
        long number,
        String service,
        String title,
        IncidentSeverity severity,
        AlertSignal trigger,
        String declaredBy,
        EscalationPolicy escalation) {
}
