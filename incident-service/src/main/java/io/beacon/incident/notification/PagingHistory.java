package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * What an incident's own event stream says about paging, read at the moment of deciding: a page handler may see an
 * event late (backlog drain) or twice (redelivery), and must not page for an incident that has moved on.
 */
record PagingHistory(IncidentDeclared declared, List<OnCallPaged> pages, IncidentAcknowledged acknowledged) {

    static PagingHistory of(EventStore eventStore, String incidentId) {
        IncidentDeclared declared = null;
        IncidentAcknowledged acknowledged = null;
        List<OnCallPaged> pages = new ArrayList<>();
        // from sequence 0: a snapshot would hide earlier pages
        var events = eventStore.readEvents(incidentId, 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            switch (event.getPayload()) {
                case IncidentDeclared d -> declared = d;
                case OnCallPaged p -> pages.add(p);
                case IncidentAcknowledged a -> acknowledged = acknowledged == null ? a : acknowledged;
                default -> {
                }
            }
        }
        return new PagingHistory(declared, List.copyOf(pages), acknowledged);
    }

    boolean isAcknowledged() {
        return acknowledged != null;
    }

    boolean paged(int step) {
        return pages.stream().anyMatch(page -> page.step() == step);
    }
}
