package io.beacon.incident.web;

import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.query.IncidentSummary;

import java.time.Duration;
import java.time.Instant;

/**
 * An incident as the HTTP API shows it, with its figures: time to acknowledge, to mitigate (the first Monitoring
 * update) and to resolve, each from the declaration, as ISO-8601 durations; null until reached.
 */
record IncidentView(
        String id,
        String reference,
        String service,
        String title,
        String severity,
        IncidentStatus status,
        String commander,
        Instant declaredAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant mitigatedAt,
        Instant resolvedAt,
        String resolvedBy,
        Instant nextUpdateDueAt,
        String latestUpdate,
        String timeToAcknowledge,
        String timeToMitigate,
        String timeToResolve,
        int escalationStep,
        String pagedResponder,
        String pagedChannel,
        Instant pagedAt,
        int signalCount,
        Instant lastSignalAt) {

    static IncidentView of(IncidentSummary s) {
        return new IncidentView(s.getId(), s.getReference(), s.getService(), s.getTitle(), s.getSeverity(),
                s.getStatus(), s.getCommander(), s.getDeclaredAt(), s.getAcknowledgedAt(), s.getAcknowledgedBy(),
                s.getMitigatedAt(), s.getResolvedAt(), s.getResolvedBy(), s.getNextUpdateDueAt(),
                s.getLatestUpdate(), since(s.getDeclaredAt(), s.getAcknowledgedAt()),
                since(s.getDeclaredAt(), s.getMitigatedAt()), since(s.getDeclaredAt(), s.getResolvedAt()),
                s.getEscalationStep(), s.getPagedResponder(), s.getPagedChannel(), s.getPagedAt(),
                s.getSignalCount(), s.getLastSignalAt());
    }

    private static String since(Instant declaredAt, Instant reached) {
        return declaredAt == null || reached == null ? null : Duration.between(declaredAt, reached).toString();
    }
}
