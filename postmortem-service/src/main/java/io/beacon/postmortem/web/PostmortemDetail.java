package io.beacon.postmortem.web;

import io.beacon.postmortem.actionitem.query.EarlierPostmortem;
import io.beacon.postmortem.postmortem.IncidentFacts;
import io.beacon.postmortem.postmortem.PostmortemSections;
import io.beacon.postmortem.postmortem.PostmortemStatus;
import io.beacon.postmortem.query.PostmortemDocument;
import io.beacon.postmortem.query.PostmortemViewRow;

import java.time.Instant;
import java.util.List;

/**
 * A whole postmortem: the list fields, the imported facts and timeline, the sections, who edited, the publication,
 * and the earlier postmortems of the same service with what became of their action items (repeat incidents).
 */
record PostmortemDetail(String id, String incidentId, String reference, String service, String title,
                        String severity, boolean mandatory, String owner, PostmortemStatus status,
                        Instant draftedAt, Instant publishDueAt, Instant publishedAt, IncidentFacts incident,
                        PostmortemSections sections, List<PostmortemDocument.Edit> edits,
                        PostmortemDocument.Publication publication, List<EarlierPostmortem> earlierPostmortems) {

    static PostmortemDetail of(PostmortemViewRow row, PostmortemDocument document,
                               List<EarlierPostmortem> earlierPostmortems) {
        return new PostmortemDetail(row.getPostmortemId(), row.getIncidentId(), row.getReference(),
                row.getService(), row.getTitle(), row.getSeverity(), row.isMandatory(), row.getOwner(),
                row.getStatus(), row.getDraftedAt(), row.getPublishDueAt(), row.getPublishedAt(),
                document.incident(), document.sections(), document.edits(), document.publication(),
                earlierPostmortems);
    }
}
