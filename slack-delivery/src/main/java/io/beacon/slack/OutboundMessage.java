package io.beacon.incident.notification;

import java.util.List;

/**
 * One thing to do in Slack, as the Slack outbox records it.
 *
 * @param key        unique idempotency key, e.g. {@code page:<incidentId>:<step>}; enqueueing it again is a no-op
 * @param incidentId the incident it is about, or null
 * @param kind       what to do
 * @param address    where: a channel id ({@code C0PAYMENTS}), {@code user:<U…>} for a direct message, or
 *                   {@code incident:<incidentId>} for the incident's own channel once it exists
 * @param fallbacks  addresses to try, in order, when {@code address} fails permanently (channel_not_found, …)
 * @param refKey     for UPDATE and PIN: the key of the POST whose message to update or pin
 * @param text       POST/UPDATE: the notification text; CREATE_CHANNEL: the channel name; INVITE: user ids or
 *                   emails, comma-separated
 * @param blocksJson POST/UPDATE: Block Kit blocks as a JSON array, or null
 * @param priority   pages go before everything else
 */
public record OutboundMessage(
        String key,
        String incidentId,
        Kind kind,
        String address,
        List<String> fallbacks,
        String refKey,
        String text,
        String blocksJson,
        Priority priority) {

    public enum Kind { POST, UPDATE, CREATE_CHANNEL, INVITE, PIN }

    public enum Priority { PAGE, NORMAL, BACKGROUND }

    public OutboundMessage {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public static String incidentChannel(String incidentId) {
        return "incident:" + incidentId;
    }

    public static String directMessage(String userId) {
        return "user:" + userId;
    }
}
