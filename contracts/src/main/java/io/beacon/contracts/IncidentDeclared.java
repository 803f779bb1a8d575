package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/** A new incident was opened for a service. */
public record IncidentDeclared(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String title,
        Severity severity,
        Instant declaredAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String partitionKey() {
        return incidentId;
    }
}
