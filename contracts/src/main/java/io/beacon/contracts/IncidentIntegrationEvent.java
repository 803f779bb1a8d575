package io.beacon.contracts;

/**
 * An event about one incident on {@link Topics#INCIDENT_EVENTS}, keyed by incident id so that one incident's events
 * arrive in order. Each names the incident three ways: its id (stable, internal), its number and its reference
 * ({@code INC-42}, what people type), and the service it affects. Sealed, so a consumer's {@code switch} can be
 * exhaustive.
 */
public sealed interface IncidentIntegrationEvent extends IntegrationEvent
        permits IncidentDeclared, IncidentAcknowledged, IncidentEscalated, IncidentSeverityChanged,
        IncidentCommanderAssigned, IncidentStatusUpdated, IncidentResolved, IncidentReopened {

    String incidentId();

    String service();

    /** {@code INC-} and {@link #number()}. */
    String reference();

    long number();

    @Override
    default String partitionKey() {
        return incidentId();
    }
}
