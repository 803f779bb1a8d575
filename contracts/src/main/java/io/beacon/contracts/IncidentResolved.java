package io.beacon.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The incident is over; postmortem-service drafts a postmortem from it, so it carries the whole story a postmortem
 * imports: the key times and the durations between them, the signals and the status updates. After a reopen, the
 * next resolution carries everything again (all signals and updates since the declaration).
 * Schema version 2: adds reference, number, severity, commander, summary, the acknowledgement and mitigation times,
 * the durations, signals and status updates.
 *
 * @param commander         the commander at resolution, or null if there never was one
 * @param summary           the resolving summary, may be null
 * @param acknowledgedAt    null if nobody acknowledged before it was resolved
 * @param mitigatedAt       the first {@link StatusLabel#MONITORING} update, or null if there was none
 * @param timeToAcknowledge declaredAt to acknowledgedAt, or null
 * @param timeToMitigate    declaredAt to mitigatedAt, or null
 * @param timeToResolve     declaredAt to resolvedAt
 * @param signals           the alert signals attached to it, the triggering one first, in arrival order; of an
 *                          incident with very many, the first and the last ones only (a record must stay under
 *                          Kafka's 1 MB: 10,000 signals made 2.1 MB, and the event was never published)
 * @param statusUpdates     the status updates in the order they were posted
 * @param signalsOmitted    how many signals were left out between the first and the last ones in {@code signals}
 *                          (0 when all are there; absent, as 0, in events published before it existed)
 */
public record IncidentResolved(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String incidentId,
        String service,
        String reference,
        long number,
        String title,
        IncidentSeverity severity,
        String commander,
        String summary,
        String resolvedBy,
        Instant declaredAt,
        Instant acknowledgedAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        Duration timeToAcknowledge,
        Duration timeToMitigate,
        Duration timeToResolve,
        List<Signal> signals,
        List<StatusUpdate> statusUpdates,
        Integer signalsOmitted) implements IncidentIntegrationEvent {

    public static final int SCHEMA_VERSION = 2;

    public IncidentResolved {
        signals = signals == null ? List.of() : List.copyOf(signals);
        statusUpdates = statusUpdates == null ? List.of() : List.copyOf(statusUpdates);
        // boxed: an event published before it existed has none, and JSON readers refuse null for an int
        signalsOmitted = signalsOmitted == null ? 0 : signalsOmitted;
        if (signalsOmitted < 0) {
            throw new IllegalArgumentException("signalsOmitted must not be negative, was " + signalsOmitted);
        }
    }

    /** An incident whose signals are all in {@code signals}. */
    public IncidentResolved(UUID eventId, Instant occurredAt, int schemaVersion, String incidentId, String service,
                            String reference, long number, String title, IncidentSeverity severity,
                            String commander, String summary, String resolvedBy, Instant declaredAt,
                            Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt,
                            Duration timeToAcknowledge, Duration timeToMitigate, Duration timeToResolve,
                            List<Signal> signals, List<StatusUpdate> statusUpdates) {
        this(eventId, occurredAt, schemaVersion, incidentId, service, reference, number, title, severity, commander,
                summary, resolvedBy, declaredAt, acknowledgedAt, mitigatedAt, resolvedAt, timeToAcknowledge,
                timeToMitigate, timeToResolve, signals, statusUpdates, 0);
    }

    /** The same event carrying {@code fewer} signals, {@code omitted} of the incident's left out between them. */
    public IncidentResolved withSignals(List<Signal> fewer, int omitted) {
        return new IncidentResolved(eventId, occurredAt, schemaVersion, incidentId, service, reference, number, title,
                severity, commander, summary, resolvedBy, declaredAt, acknowledgedAt, mitigatedAt, resolvedAt,
                timeToAcknowledge, timeToMitigate, timeToResolve, fewer, statusUpdates, omitted);
    }

    @Override
    public String eventType() {
        return EventTypes.INCIDENT_RESOLVED;
    }

    /** The time from {@code from} to {@code to}, or null when either is unknown. */
    public static Duration between(Instant from, Instant to) {
        return from == null || to == null ? null : Duration.between(from, to);
    }

    /** One alert signal as the postmortem timeline shows it; all text is untrusted (it came from alert rules). */
    public record Signal(String alertName, SignalStatus status, String source, Instant startsAt, String title) {
    }

    /** One status update as it was posted. */
    public record StatusUpdate(int sequence, StatusLabel label, String summary, String impact, String postedBy,
                               Instant postedAt) {
    }
}
