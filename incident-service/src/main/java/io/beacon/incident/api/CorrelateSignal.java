package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Find the incident a signal belongs to, opening one when its service has none. Answers with the incident id,
 * or null when the signal opens nothing (a resolved signal for a service without an open incident).
 */
public record CorrelateSignal(@TargetAggregateIdentifier String correlationId, String service, AlertSignal signal) {

    public static CorrelateSignal forService(String service, AlertSignal signal) {
        return new CorrelateSignal(correlationIdOf(service), service, signal);
    }

    /** Aggregate ids share one namespace in the event store: prefix them. */
    public static String correlationIdOf(String service) {
        return "service-correlation:" + service;
    }
}
