package io.beacon.incident.query;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.SignalAttached;
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
                .map(IncidentTimeline::entry)
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    private static TimelineEntry entry(IncidentEvent event) {
        return switch (event) {
            case IncidentDeclared e -> new TimelineEntry("DECLARED", e.declaredAt(),
                    e.severity() + " incident for " + e.service() + ": " + e.title(), e.trigger().source());
            case SignalAttached e -> new TimelineEntry("SIGNAL", e.attachedAt(),
                    e.signal().status() + " " + e.signal().alertName() + ": " + e.signal().title(),
                    e.signal().source());
            case OnCallPaged e -> new TimelineEntry("PAGED", e.pagedAt(),
                    "Escalation step " + e.step() + " paged " + (e.responder() == null ? "nobody on call"
                            : e.responder()) + " in " + e.channel(), null);
            case IncidentAcknowledged e -> new TimelineEntry("ACKNOWLEDGED", e.acknowledgedAt(),
                    "Acknowledged", e.acknowledgedBy());
        };
    }
}
