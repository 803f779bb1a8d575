package io.beacon.postmortem.query;

import io.beacon.postmortem.postmortem.PostmortemDrafted;
import io.beacon.postmortem.postmortem.PostmortemEdited;
import io.beacon.postmortem.postmortem.PostmortemPublished;
import io.beacon.postmortem.postmortem.PostmortemSections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code postmortem_view} in step with the event store. Replays are safe: a draft overwrites its row, and an
 * edit or publication is applied in the same transaction as the processor's token, so never twice.
 */
@Component
@ProcessingGroup("postmortem-view")
class PostmortemProjection {

    private final PostmortemViewRepository rows;
    private final JsonMapper json;

    PostmortemProjection(PostmortemViewRepository rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @EventHandler
    void on(PostmortemDrafted event) {
        PostmortemViewRow row = new PostmortemViewRow(event.postmortemId(), event.incident().incidentId(),
                event.incident().reference(), event.incident().service(), event.incident().title(),
                event.incident().severity(), event.owner(), event.mandatory(), event.draftedAt(),
                event.publishDueAt());
        write(row, new PostmortemDocument(event.incident(), PostmortemSections.EMPTY, List.of(), null));
    }

    @EventHandler
    void on(PostmortemEdited event) {
        PostmortemViewRow row = find(event.postmortemId());
        write(row, read(row).edited(event.changes(),
                new PostmortemDocument.Edit(event.author(), event.editedAt(), changed(event.changes()))));
    }

    @EventHandler
    void on(PostmortemPublished event) {
        PostmortemViewRow row = find(event.postmortemId());
        row.published(event.publishedAt());
        write(row, read(row).published(new PostmortemDocument.Publication(event.publishedBy(), event.publishedAt(),
                event.overrideReason(), event.overriddenFlags())));
    }

    private PostmortemViewRow find(String id) {
        // an edit can't precede its draft in one aggregate's stream, and the stream stays in one segment
        return rows.findById(id).orElseThrow(() -> new IllegalStateException("No view row for " + id));
    }

    private PostmortemDocument read(PostmortemViewRow row) {
        return json.readValue(row.getDocument(), PostmortemDocument.class);
    }

    private void write(PostmortemViewRow row, PostmortemDocument document) {
        row.document(json.writeValueAsString(document));
        rows.save(row);
    }

    private static List<String> changed(PostmortemSections changes) {
        List<String> names = new ArrayList<>();
        if (changes.summary() != null) names.add("summary");
        if (changes.impact() != null) names.add("impact");
        if (changes.timelineAnnotations() != null) names.add("timelineAnnotations");
        if (changes.contributingFactors() != null) names.add("contributingFactors");
        if (changes.whatWentWell() != null) names.add("whatWentWell");
        if (changes.whereWeGotLucky() != null) names.add("whereWeGotLucky");
        return names;
    }
}
