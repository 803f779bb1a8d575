package io.beacon.postmortem.notification;

import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.actionitem.ActionItemDeprioritised;
import io.beacon.postmortem.actionitem.ActionItemEscalated;
import io.beacon.postmortem.actionitem.ActionItemOverdue;
import io.beacon.postmortem.actionitem.ActionItemReminded;
import io.beacon.postmortem.postmortem.PostmortemDrafted;
import io.beacon.postmortem.postmortem.PostmortemEscalated;
import io.beacon.postmortem.postmortem.PostmortemOverdue;
import io.beacon.postmortem.postmortem.PostmortemReminded;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * Turns follow-up events into DMs in the Slack outbox, in the same transaction as the processor's token, keyed by
 * the event's id: a redelivered event finds its message recorded and adds nothing.
 */
@ProcessingGroup(FollowUpNotifier.PROCESSING_GROUP)
class FollowUpNotifier {

    static final String PROCESSING_GROUP = "postmortem-slack";
    private static final Logger log = LoggerFactory.getLogger(FollowUpNotifier.class);

    private final SlackOutbox outbox;
    private final FollowUpMessages messages;
    private final ActionItemFacts facts;

    FollowUpNotifier(SlackOutbox outbox, FollowUpMessages messages, ActionItemFacts facts) {
        this.outbox = outbox;
        this.messages = messages;
        this.facts = facts;
    }

    @EventHandler
    void on(PostmortemDrafted event, @MessageIdentifier String id) {
        if (event.owner() != null) {
            outbox.enqueue(messages.postmortemDrafted(key(id), event));
        }
    }

    @EventHandler
    void on(PostmortemReminded event, @MessageIdentifier String id) {
        postmortem(event.postmortemId(), id, d -> messages.postmortemReminded(key(id), d, event.publishDueAt(),
                event.remindedAt()));
    }

    @EventHandler
    void on(PostmortemOverdue event, @MessageIdentifier String id) {
        postmortem(event.postmortemId(), id, d -> messages.postmortemOverdue(key(id), d, event.publishDueAt()));
    }

    @EventHandler
    void on(PostmortemEscalated event, @MessageIdentifier String id) {
        postmortem(event.postmortemId(), id, d -> messages.postmortemEscalated(key(id), d, event.escalatedTo(),
                event.level(), event.publishDueAt(), event.escalatedAt()));
    }

    @EventHandler
    void on(ActionItemCreated event, @MessageIdentifier String id) {
        outbox.enqueue(messages.itemCreated(key(id), event));
    }

    @EventHandler
    void on(ActionItemReminded event, @MessageIdentifier String id) {
        item(event.actionItemId(), id, i -> messages.itemReminded(key(id), i, event.dueAt(), event.remindedAt()));
    }

    @EventHandler
    void on(ActionItemOverdue event, @MessageIdentifier String id) {
        item(event.actionItemId(), id, i -> messages.itemOverdue(key(id), i, event.dueAt()));
    }

    @EventHandler
    void on(ActionItemEscalated event, @MessageIdentifier String id) {
        item(event.actionItemId(), id, i -> messages.itemEscalated(key(id), i, event.escalatedTo(), event.level(),
                event.dueAt(), event.escalatedAt()));
    }

    @EventHandler
    void on(ActionItemDeprioritised event, @MessageIdentifier String id) {
        item(event.actionItemId(), id, i -> messages.itemDeprioritised(key(id), i, event));
    }

    private void postmortem(String postmortemId, String eventId,
                            Function<PostmortemDrafted, OutboundMessage> message) {
        enqueue(facts.postmortem(postmortemId).map(message), postmortemId, eventId);
    }

    private void item(String actionItemId, String eventId, Function<ActionItemCreated, OutboundMessage> message) {
        enqueue(facts.item(actionItemId).map(message), actionItemId, eventId);
    }

    private void enqueue(Optional<OutboundMessage> message, String aggregateId, String eventId) {
        message.ifPresentOrElse(outbox::enqueue, () -> log.error("No creation event for {}: event {} is not sent"
                + " to Slack", aggregateId, eventId));
    }

    private static String key(String eventId) {
        return "follow-up:" + eventId;
    }
}
