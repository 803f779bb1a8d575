package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeSeverity(@TargetAggregateIdentifier String incidentId, IncidentSeverity severity,
                             String changedBy, String reason) {
}
