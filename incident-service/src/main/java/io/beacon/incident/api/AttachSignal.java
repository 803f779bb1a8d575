package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a signal on an incident; a signal already recorded is ignored. Answers how it went: a firing signal for a
 * resolved incident is not attached ({@link Outcome#INCIDENT_RESOLVED}), so the caller releases the service and
 * correlates again.
 */
public record AttachSignal(@TargetAggregateIdentifier String incidentId, AlertSignal signal) {

    public enum Outcome { ATTACHED, ALREADY_RECORDED, INCIDENT_RESOLVED }
}
