package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a signal on an open incident; a signal already recorded is ignored. */
public record AttachSignal(@TargetAggregateIdentifier String incidentId, AlertSignal signal) {
}
