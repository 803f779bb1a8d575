package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.query.PostmortemDocument;
import io.beacon.postmortem.query.PostmortemViewRepository;
import io.beacon.postmortem.query.PostmortemViewRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Repeat incidents: for a postmortem, every earlier one of the same service (drafted before it), newest first, and
 * what became of their action items, so the write-up can say which follow-ups were done, dropped or still open when
 * it happened again.
 */
@Component
public class EarlierPostmortems {

    private final PostmortemViewRepository postmortems;
    private final ActionItemViewRepository items;
    private final JsonMapper json;

    EarlierPostmortems(PostmortemViewRepository postmortems, ActionItemViewRepository items, JsonMapper json) {
        this.postmortems = postmortems;
        this.items = items;
        this.json = json;
    }

    public List<EarlierPostmortem> before(PostmortemViewRow postmortem, Instant now) {
        if (postmortem.getService() == null) {
            return List.of();
        }
        List<PostmortemViewRow> earlier = postmortems.findByServiceAndDraftedAtBeforeOrderByDraftedAtDesc(
                postmortem.getService(), postmortem.getDraftedAt());
        if (earlier.isEmpty()) {
            return List.of();
        }
        Map<String, List<ItemFate>> fates = items.findByPostmortemIdInOrderByDueAtAscActionItemIdAsc(
                        earlier.stream().map(PostmortemViewRow::getPostmortemId).toList()).stream()
                .collect(Collectors.groupingBy(ActionItemViewRow::getPostmortemId,
                        Collectors.mapping(row -> ItemFate.of(row, now), Collectors.toList())));
        return earlier.stream().map(row -> new EarlierPostmortem(row.getPostmortemId(), row.getIncidentId(),
                row.getReference(), row.getTitle(), row.getSeverity(), resolvedAt(row), row.getDraftedAt(),
                fates.getOrDefault(row.getPostmortemId(), List.of()))).toList();
    }

    private Instant resolvedAt(PostmortemViewRow row) {
        PostmortemDocument document = json.readValue(row.getDocument(), PostmortemDocument.class);
        return document.incident() == null ? null : document.incident().resolvedAt();
    }
}
