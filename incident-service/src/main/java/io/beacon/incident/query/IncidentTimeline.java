package io.beacon.incident.query;

import io.beacon.incident.api.IncidentDeclared;
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
}
