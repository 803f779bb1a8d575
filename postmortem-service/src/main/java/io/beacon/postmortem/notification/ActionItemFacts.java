package io.beacon.postmortem.notification;

import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.postmortem.PostmortemDrafted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Optional;

/**
 * What a message about an action item or a postmortem says besides the event in hand (its title, incident, service):
 * the first event of the aggregate's own stream. Read from the event store, so the messages need no read model of
 * their own and never wait for one to catch up.
 */
class ActionItemFacts {

    private final EventStore events;

    ActionItemFacts(EventStore events) {
        this.events = events;
    }

    Optional<ActionItemCreated> item(String actionItemId) {
        return first(actionItemId, ActionItemCreated.class);
    }

    Optional<PostmortemDrafted> postmortem(String postmortemId) {
        return first(postmortemId, PostmortemDrafted.class);
    }

    private <T> Optional<T> first(String aggregateId, Class<T> type) {
        return events.readEvents(aggregateId).asStream().limit(1).map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).findFirst();
    }
}
