package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenIncident(@TargetAggregateIdentifier String incidentId, String reopenedBy, String reason) {
}
