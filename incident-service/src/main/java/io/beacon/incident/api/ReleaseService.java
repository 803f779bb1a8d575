package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The incident resolved: the service's next alert opens a new incident. Ignored unless it is the open one. */
public record ReleaseService(@TargetAggregateIdentifier String correlationId, String incidentId) {

    public static ReleaseService of(String service, String incidentId) {
        return new ReleaseService(CorrelateSignal.correlationIdOf(service), incidentId);
    }
}
