package io.beacon.incident.notification.slack.delivery;

import io.beacon.incident.notification.OutboundMessage;

import java.util.Optional;

/**
 * Turns an outbox address into a Slack channel argument: {@code user:U…} is the user id (Slack opens the app's
 * direct message), {@code incident:<id>} is the channel recorded when the incident's CREATE_CHANNEL was delivered,
 * anything else is a channel id already.
 */
final class Addresses {

    static final String INCIDENT_PREFIX = "incident:";
    static final String USER_PREFIX = "user:";

    private final OutboxQueries queries;

    Addresses(OutboxQueries queries) {
        this.queries = queries;
    }

    /** The channel, or the outcome that stops this attempt (waiting for the incident channel, or it never came). */
    String channel(String address) {
        if (address.startsWith(USER_PREFIX)) {
            return address.substring(USER_PREFIX.length());
        }
        if (!address.startsWith(INCIDENT_PREFIX)) {
            return address;
        }
        Optional<String> channel = queries.channelFor(address);
        if (channel.isPresent()) {
            return channel.get();
        }
        if (queries.channelCreationFailed(address.substring(INCIDENT_PREFIX.length()))) {
            throw new SlackCalls.Abort(new Outcome.Permanent("incident_channel_not_created"));
        }
        throw new SlackCalls.Abort(new Outcome.Wait("waiting for the channel of " + address));
    }

    /** The address a CREATE_CHANNEL row names its channel for. */
    static String createdFor(OutboundMessage message) {
        if (message.address().startsWith(INCIDENT_PREFIX) || message.incidentId() == null) {
            return message.address();
        }
        return OutboundMessage.incidentChannel(message.incidentId());
    }
}
