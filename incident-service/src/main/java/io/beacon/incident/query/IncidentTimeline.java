package io.beacon.incident.query;

import io.beacon.incident.api.IncidentEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads an incident's timeline straight from its event stream: the audit record and the timeline are one. */
@Component
public class IncidentTimeline {

    private final EventStore eventStore;

    IncidentTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<List<TimelineEntry>> of(String incidentId) {
        List<TimelineEntry> entries = eventStore.readEvents(incidentId).asStream()
                .map(message -> message.getPayload())
                .filter(IncidentEvent.class::isInstance)
                .map(IncidentEvent.class::cast)
                .map(TimelineEntries::of)
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }
}
