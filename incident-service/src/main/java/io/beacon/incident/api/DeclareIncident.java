package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declare an incident by hand, with no alert. Goes through the service's correlation so the rule "one open incident
 * per service" holds; answers the new incident's id, or fails with {@link IncidentAlreadyOpen}.
 */
public record DeclareIncident(@TargetAggregateIdentifier String correlationId, String service, String title,
                              IncidentSeverity severity, String declaredBy) {

    public static DeclareIncident forService(String service, String title, IncidentSeverity severity,
                                             String declaredBy) {
        return new DeclareIncident(CorrelateSignal.correlationIdOf(service), service, title, severity, declaredBy);
    }
}
