package io.beacon.incident.web;

import io.beacon.incident.query.IncidentStatus;
import io.beacon.incident.query.IncidentSummary;

import java.time.Instant;

/** An incident as the HTTP API shows it. */
record IncidentView(
        String id,
        String service,
        String title,
        String severity,
        IncidentStatus status,
        Instant declaredAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String pagedResponder,
        String pagedChannel,
        Instant pagedAt,
        int signalCount,
        Instant lastSignalAt) {

    static IncidentView of(IncidentSummary s) {
        return new IncidentView(s.getId(), s.getService(), s.getTitle(), s.getSeverity(), s.getStatus(),
                s.getDeclaredAt(), s.getAcknowledgedAt(), s.getAcknowledgedBy(), s.getPagedResponder(),
                s.getPagedChannel(), s.getPagedAt(), s.getSignalCount(), s.getLastSignalAt());
    }
}
