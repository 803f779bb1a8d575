package io.beacon.slack;

/**
 * Messages for Slack, recorded durably in the service's database before anything is sent (the Slack outbox). Event
 * handlers enqueue inside their own transaction, so a message is recorded exactly when the event that caused it is
 * processed; a delivery worker sends it later, so a Slack outage or a 429 never delays paging decisions, escalation
 * deadlines or the timeline.
 */
public interface SlackOutbox {

    /** Records the message for delivery; a message whose key is already recorded is ignored (redeliveries). */
    void enqueue(OutboundMessage message);

    /**
     * Withdraws the messages whose key starts with {@code keyPrefix} that have not been sent yet (e.g. an acknowledged
     * incident's pending pages); an UPDATE or PIN of a withdrawn message is withdrawn too.
     */
    void withdrawPending(String keyPrefix);
}
