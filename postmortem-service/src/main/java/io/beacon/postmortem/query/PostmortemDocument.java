package io.beacon.postmortem.query;

import io.beacon.postmortem.postmortem.BlamelessFlag;
import io.beacon.postmortem.postmortem.IncidentFacts;
import io.beacon.postmortem.postmortem.PostmortemSections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the full view shows beyond the list columns, stored as one JSON document.
 *
 * @param incident    the imported facts and timeline (signals, status updates)
 * @param edits       who changed which sections when, oldest first
 * @param publication null until published
 */
public record PostmortemDocument(IncidentFacts incident, PostmortemSections sections, List<Edit> edits,
                                 Publication publication) {

    public PostmortemDocument {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    PostmortemDocument edited(PostmortemSections changes, Edit edit) {
        List<Edit> all = new ArrayList<>(edits);
        all.add(edit);
        return new PostmortemDocument(incident, sections.with(changes), all, publication);
    }

    PostmortemDocument published(Publication publication) {
        return new PostmortemDocument(incident, sections, edits, publication);
    }

    /** One edit: its author and the sections it changed. */
    public record Edit(String author, Instant at, List<String> sections) {
    }

    /** The publication; {@code overrideReason} and the flags it overrode are set only when it was overridden. */
    public record Publication(String publishedBy, Instant publishedAt, String overrideReason,
                              List<BlamelessFlag> overriddenFlags) {
    }
}
