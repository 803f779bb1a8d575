package io.beacon.postmortem.web;

import io.beacon.postmortem.postmortem.PostmortemStatus;
import io.beacon.postmortem.query.PostmortemViewRow;

import java.time.Instant;

/** A postmortem in the list: enough to see whose it is, how urgent, and whether it is done. */
record PostmortemSummary(String id, String incidentId, String reference, String service, String title,
                         String severity, boolean mandatory, String owner, PostmortemStatus status,
                         Instant draftedAt, Instant publishDueAt, Instant publishedAt) {

    static PostmortemSummary of(PostmortemViewRow row) {
        return new PostmortemSummary(row.getPostmortemId(), row.getIncidentId(), row.getReference(),
                row.getService(), row.getTitle(), row.getSeverity(), row.isMandatory(), row.getOwner(),
                row.getStatus(), row.getDraftedAt(), row.getPublishDueAt(), row.getPublishedAt());
    }
}
