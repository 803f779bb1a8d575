package io.beacon.postmortem.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the postmortem imports from the incident's resolution: who, what, when, how long, and the imported timeline
 * (signals and status updates). Copied into the drafted event, so the postmortem keeps the facts it was written
 * against even if the incident is reopened and resolved again. All text came from people or alert rules: untrusted.
 *
 * @param severity       {@code SEV1} to {@code SEV4}
 * @param signalsOmitted how many signals the resolution left out between the first and the last ones in
 *                       {@code signals} (an incident with very many; 0 in postmortems drafted before it existed)
 */
public record IncidentFacts(
        String incidentId,
        String reference,
        long number,
        String service,
        String title,
        String severity,
        String commander,
        String resolvedBy,
        String resolutionSummary,
        Instant declaredAt,
        Instant acknowledgedAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        Duration timeToAcknowledge,
        Duration timeToMitigate,
        Duration timeToResolve,
        List<Signal> signals,
        List<StatusUpdate> statusUpdates,
        Integer signalsOmitted) {

    public IncidentFacts {
        signals = signals == null ? List.of() : List.copyOf(signals);
        statusUpdates = statusUpdates == null ? List.of() : List.copyOf(statusUpdates);
        // boxed: the drafted events stored before it existed have none, and JSON readers refuse null for an int
        signalsOmitted = signalsOmitted == null ? 0 : signalsOmitted;
    }

    /** Facts with every signal of the incident in {@code signals}. */
    public IncidentFacts(String incidentId, String reference, long number, String service, String title,
                         String severity, String commander, String resolvedBy, String resolutionSummary,
                         Instant declaredAt, Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt,
                         Duration timeToAcknowledge, Duration timeToMitigate, Duration timeToResolve,
                         List<Signal> signals, List<StatusUpdate> statusUpdates) {
        this(incidentId, reference, number, service, title, severity, commander, resolvedBy, resolutionSummary,
                declaredAt, acknowledgedAt, mitigatedAt, resolvedAt, timeToAcknowledge, timeToMitigate,
                timeToResolve, signals, statusUpdates, 0);
    }

    /** The owner of the write-up: the commander, or whoever resolved it when there never was one. */
    public String owner() {
        return commander != null ? commander : resolvedBy;
    }

    /** One alert signal of the incident, as the imported timeline shows it. */
    public record Signal(String alertName, String status, String source, Instant startsAt, String title) {
    }

    /** One status update, as it was posted. */
    public record StatusUpdate(int sequence, String label, String summary, String impact, String postedBy,
                               Instant postedAt) {
    }
}
