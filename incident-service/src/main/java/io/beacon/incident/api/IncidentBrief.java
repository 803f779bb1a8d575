package io.beacon.incident.api;

import java.time.Instant;

/**
 * What anyone paged needs to know about the incident, carried on each page so the paging adapter needs nothing
 * else. {@code trigger} is null for an incident declared by hand.
 */
public record IncidentBrief(
        long number,
        String service,
        String title,
        IncidentSeverity severity,
        AlertSignal trigger,
        Instant declaredAt) {

    public String reference() {
        return IncidentReference.of(number);
    }
}
