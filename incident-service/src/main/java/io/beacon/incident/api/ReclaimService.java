package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reopened incident takes its service's alerts again, unless another incident opened for it meanwhile. */
public record ReclaimService(@TargetAggregateIdentifier String correlationId, String incidentId) {

    public static ReclaimService of(String service, String incidentId) {
        return new ReclaimService(CorrelateSignal.correlationIdOf(service), incidentId);
    }
}
