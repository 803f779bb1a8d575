package io.beacon.slack;


/**
 * Mentions of people Beacon knows only by email: written as {@code <beacon-user:EMAIL>} when a message is composed and
 * replaced by the outbox, just before sending, with {@code <@U…>} or with the escaped email when Slack does not know
 * it. The email is escaped first, so the placeholder can never smuggle in a mention of its own.
 */
public final class SlackMentions {

    public static final String PREFIX = "<beacon-user:";

    private SlackMentions() {
    }

    public static String placeholder(String emailOrUserId) {
        return PREFIX + SlackText.escape(emailOrUserId, 254).replace(">", "") + ">";
    }
}
