package io.beacon.postmortem.actionitem;

/**
 * The postmortem and incident an action item came from, copied into it when it is created, so the manager's review
 * and the reliability-risk backlog can filter and rank items without joining across aggregates.
 *
 * @param severity {@code SEV1} to {@code SEV4}, or null when the incident's was unknown
 */
public record IncidentContext(String postmortemId, String incidentId, String reference, String service,
                              String severity) {
}
