package io.beacon.slack;

import java.util.List;

/**
 * One thing to do in Slack, as the Slack outbox records it.
 *
 * @param key        unique idempotency key, e.g. {@code page:<incidentId>:<step>}; enqueueing it again is a no-op
 * @param subjectId  what the message is about (an incident, a postmortem, an action item…: the sending service's
 *                   own id), or null; stored in the {@code incident_id} column, named when only incidents sent
 * @param kind       what to do
 * @param address    where: a channel id ({@code C0PAYMENTS}), {@code user:<U…>} for a direct message, or
 *                   {@link #subjectChannel(String)} for the channel a CREATE_CHANNEL makes for the subject
 * @param fallbacks  addresses to try, in order, when {@code address} fails permanently (channel_not_found, …)
 * @param refKey     for UPDATE and PIN: the key of the POST whose message to update or pin
 * @param text       POST/UPDATE: the notification text; CREATE_CHANNEL: the channel name; INVITE: user ids or
 *                   emails, comma-separated
 * @param blocksJson POST/UPDATE: Block Kit blocks as a JSON array, or null
 * @param priority   pages go before everything else
 */
public record OutboundMessage(
        String key,
        String subjectId,
        Kind kind,
        String address,
        List<String> fallbacks,
        String refKey,
        String text,
        String blocksJson,
        Priority priority) {

    /** The prefix of {@link #subjectChannel(String)} addresses. */
    public static final String SUBJECT_CHANNEL_PREFIX = "incident:";

    public enum Kind { POST, UPDATE, CREATE_CHANNEL, INVITE, PIN }

    public enum Priority { PAGE, NORMAL, BACKGROUND }

    public OutboundMessage {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    /**
     * The address of the channel a CREATE_CHANNEL row makes for {@code subjectId}; messages to it wait until the
     * channel exists. Spelled {@code incident:<id>} because incident-service's databases hold that in rows (each
     * service has its own outbox table, so another service's subject ids can't collide with them).
     */
    public static String subjectChannel(String subjectId) {
        return SUBJECT_CHANNEL_PREFIX + subjectId;
    }

    public static String directMessage(String userId) {
        return "user:" + userId;
    }
}
