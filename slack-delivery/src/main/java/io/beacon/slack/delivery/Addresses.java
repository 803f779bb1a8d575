package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;

import java.util.Optional;

/**
 * Turns an outbox address into a Slack channel argument: {@code user:U…} is the user id (Slack opens the app's
 * direct message), {@code user:<email>} the id Slack knows for that email (none: a permanent
 * {@code user_not_found}, so the message's fallbacks take it), {@code user:} with anything else (an API caller's
 * name that is no Slack user) a permanent {@code not_a_slack_user}; a {@link OutboundMessage#subjectChannel subject channel} ({@code incident:<id>}) is the channel
 * recorded when the subject's CREATE_CHANNEL was delivered, anything else is a channel id already.
 */
final class Addresses {

    static final String SUBJECT_CHANNEL_PREFIX = OutboundMessage.SUBJECT_CHANNEL_PREFIX;
    static final String USER_PREFIX = "user:";

    private final OutboxQueries queries;
    private final MentionResolver users;

    Addresses(OutboxQueries queries, MentionResolver users) {
        this.queries = queries;
        this.users = users;
    }

    /** The channel, or the outcome that stops this attempt (waiting for the subject's channel, or it never came). */
    String channel(String address) {
        if (address.startsWith(USER_PREFIX)) {
            String user = address.substring(USER_PREFIX.length());
            return users.userId(user).orElseThrow(() -> new SlackCalls.Abort(new Outcome.Permanent(
                    user.contains("@") ? "user_not_found" : "not_a_slack_user")));
        }
        if (!address.startsWith(SUBJECT_CHANNEL_PREFIX)) {
            return address;
        }
        Optional<String> channel = queries.channelFor(address);
        if (channel.isPresent()) {
            return channel.get();
        }
        if (queries.channelCreationFailed(address.substring(SUBJECT_CHANNEL_PREFIX.length()))) {
            // the error text predates other subjects; listeners and operators already know it by this name
            throw new SlackCalls.Abort(new Outcome.Permanent("incident_channel_not_created"));
        }
        throw new SlackCalls.Abort(new Outcome.Wait("waiting for the channel of " + address));
    }

    /** The address a CREATE_CHANNEL row names its channel for. */
    static String createdFor(OutboundMessage message) {
        if (message.address().startsWith(SUBJECT_CHANNEL_PREFIX) || message.subjectId() == null) {
            return message.address();
        }
        return OutboundMessage.subjectChannel(message.subjectId());
    }
}
