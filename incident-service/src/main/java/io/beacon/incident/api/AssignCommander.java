package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignCommander(@TargetAggregateIdentifier String incidentId, String commander, String assignedBy) {
}
