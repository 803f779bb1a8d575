package io.beacon.postmortem.actionitem.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What a command that returns nothing recorded, read back from the item's own stream (a few dozen events at most),
 * so the API can answer with the outcome before the read model has it. The last event of the wanted type: a
 * follow-up deadline firing in between doesn't get in the way.
 */
@Component
class RecordedEvents {

    private final EventStore events;

    RecordedEvents(EventStore events) {
        this.events = events;
    }

    <T> T last(String aggregateId, Class<T> type) {
        T found = null;
        var stream = events.readEvents(aggregateId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (type.isInstance(message.getPayload())) {
                found = type.cast(message.getPayload());
            }
        }
        if (found == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " recorded for " + aggregateId);
        }
        return found;
    }
}
