package io.beacon.incident.web.slack;

import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.query.IncidentSummary;

/**
 * The incident a Slack action is about, as far as Beacon knows it: the read model may not show a button's incident
 * yet, and then only its id is known.
 */
record SlackIncident(String id, String reference, String title, IncidentStatus status) {

    static SlackIncident of(IncidentSummary summary) {
        return new SlackIncident(summary.getId(), summary.getReference(), summary.getTitle(), summary.getStatus());
    }

    static SlackIncident onlyId(String id) {
        return new SlackIncident(id, "the incident", null, null);
    }

    /** {@code *INC-7* (title)} in escaped mrkdwn. */
    String named() {
        return "*" + SlackEcho.escape(reference) + "*" + (title == null ? "" : " (" + SlackEcho.escape(title) + ")");
    }
}
