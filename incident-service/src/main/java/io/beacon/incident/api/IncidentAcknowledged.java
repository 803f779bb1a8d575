package io.beacon.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * A responder took the incident: escalation stops.
 *
 * @param brief            the incident as the pages showed it
 * @param pagedSteps       the escalation steps paged so far, whose pages now show who took it
 * @param firstUpdateDueAt when the first status update is expected (the default cadence from now)
 */
public record IncidentAcknowledged(String incidentId, String service, String acknowledgedBy, Instant acknowledgedAt,
                                   IncidentBrief brief, List<Integer> pagedSteps, Instant firstUpdateDueAt)
        implements IncidentEvent {

    public IncidentAcknowledged {
        pagedSteps = pagedSteps == null ? List.of() : List.copyOf(pagedSteps);
    }
}
