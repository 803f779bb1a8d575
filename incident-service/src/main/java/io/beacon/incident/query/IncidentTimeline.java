package io.beacon.incident.query;

import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads an incident's timeline straight from its event stream: the audit record and the timeline are one. A page
 * reads only its own events (the stream is read in its index's order, a batch at a time: the event-store module), so
 * a page of a storm incident with 10,000 signals costs what a page of a small one does.
 */
@Component
public class IncidentTimeline {

    private final EventStore eventStore;

    IncidentTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Up to {@code limit} entries after the event numbered {@code after} (-1: from the start); empty for an unknown
     * incident. {@link Page#more()} says whether entries follow.
     */
    public Optional<Page> page(String incidentId, long after, int limit) {
        List<TimelineEntry> entries = eventStore.readEvents(incidentId, after + 1).asStream()
                .filter(message -> message.getPayload() instanceof IncidentEvent)
                .limit(limit + 1L)
                .map(IncidentTimeline::entry)
                .toList();
        if (entries.isEmpty() && (after < 0 || referenceOf(incidentId).isEmpty())) {
            return Optional.empty();
        }
        boolean more = entries.size() > limit;
        return Optional.of(new Page(more ? entries.subList(0, limit) : entries, more));
    }

    /** A page of the timeline, oldest first. */
    public record Page(List<TimelineEntry> entries, boolean more) {

        /** The cursor for the next page: the last entry's sequence. */
        public long last() {
            return entries.isEmpty() ? -1 : entries.getLast().sequence();
        }
    }

    /**
     * The incident's reference ({@code INC-42}) from its first event: consistent right after the declaring command,
     * when the {@code incident_summary} read model may not have caught up yet.
     */
    public Optional<String> referenceOf(String incidentId) {
        return eventStore.readEvents(incidentId).asStream()
                .findFirst()
                .map(message -> message.getPayload())
                .filter(IncidentDeclared.class::isInstance)
                .map(payload -> ((IncidentDeclared) payload).brief().reference());
    }

    private static TimelineEntry entry(DomainEventMessage<?> message) {
        return TimelineEntries.of((IncidentEvent) message.getPayload()).at(message.getSequenceNumber());
    }
}
