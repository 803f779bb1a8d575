package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentSeverity;

import java.time.Instant;

/**
 * What the outbound projection knows of one incident at the moment an event is published: the parts the contract
 * events carry that the internal events do not (number on every event; title, commander and key times on
 * resolution).
 */
record IncidentFacts(
        String incidentId,
        long number,
        String service,
        String title,
        IncidentSeverity severity,
        String commander,
        Instant declaredAt,
        Instant acknowledgedAt,
        Instant mitigatedAt) {

    String reference() {
        return io.beacon.incident.api.IncidentReference.of(number);
    }
}
