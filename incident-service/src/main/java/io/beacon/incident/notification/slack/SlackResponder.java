package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackMentions;

import java.util.regex.Pattern;

/**
 * A responder as a page addresses them: a Slack user id is mentioned directly; an email becomes a placeholder the
 * outbox resolves with {@code users.lookupByEmail} just before sending (so paging never waits for Slack); nobody
 * (a channel paged as a whole) notifies everyone present in the channel.
 *
 * @param configured as the policy names them (a Slack user id or an email), or null for a whole channel
 */
record SlackResponder(String configured) {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    static SlackResponder of(String configured) {
        return new SlackResponder(configured == null || configured.isBlank() ? null : configured.strip());
    }

    static boolean isUserId(String value) {
        return value != null && USER_ID.matcher(value).matches();
    }

    /** How the page mentions them in mrkdwn. */
    String mention() {
        if (configured == null) {
            return "<!here>";
        }
        if (isUserId(configured)) {
            return "<@" + configured + ">";
        }
        return SlackMentions.placeholder(configured);
    }
}
