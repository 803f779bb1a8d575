package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open an incident for a firing signal if its service has none open; change nothing otherwise. Answers the new
 * incident's id, or null when it opened nothing. The intake's fast lane sends it ahead of the in-order intake, which
 * later correlates and attaches the same signal again (both are idempotent), so a new outage pages at once even with
 * a backlog of signals for incidents already open.
 */
public record OpenIncidentForSignal(@TargetAggregateIdentifier String correlationId, String service,
                                    AlertSignal signal) {

    public static OpenIncidentForSignal forService(String service, AlertSignal signal) {
        return new OpenIncidentForSignal(CorrelateSignal.correlationIdOf(service), service, signal);
    }
}
