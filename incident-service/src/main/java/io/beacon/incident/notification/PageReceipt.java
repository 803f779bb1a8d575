package io.beacon.incident.notification;

/**
 * Where a page went.
 *
 * @param responder who was paged (a Slack user id once resolved, else as configured)
 * @param channel   where the page was posted
 * @param messageTs the chat message's id, or null when the page was not posted anywhere that can be updated
 */
public record PageReceipt(String responder, String channel, String messageTs) {
}
