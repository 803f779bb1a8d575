package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResolveIncident(@TargetAggregateIdentifier String incidentId, String resolvedBy, String summary) {
}
