package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A new incident was opened for a service: by an alert ({@code declaredBy} null) or by hand.
 * Schema version 2: adds reference, number and declaredBy; severity is now the incident's {@link IncidentSeverity}
 * (version 1 carried the alert {@link Severity} under the type name {@code IncidentDeclared}).
 */
public record IncidentDeclared(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        String title,
        IncidentSeverity severity,
        String declaredBy,
        Instant declaredAt) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 2;

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_DECLARED;
    }
}
