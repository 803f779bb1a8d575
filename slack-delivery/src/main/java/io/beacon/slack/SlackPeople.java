package io.beacon.slack;

import java.util.regex.Pattern;

/**
 * People in channel messages: a Slack user id is mentioned, an email becomes a placeholder the outbox resolves just
 * before sending, and any other name (an API caller, "beacon") is shown as escaped text, never as a mention.
 */
public final class SlackPeople {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackPeople() {
    }

    public static String mention(String person) {
        if (person == null || person.isBlank()) {
            return "nobody yet";
        }
        String trimmed = person.strip();
        if (isUserId(trimmed)) {
            return "<@" + trimmed + ">";
        }
        if (isEmail(trimmed)) {
            return SlackMentions.placeholder(trimmed);
        }
        return SlackText.oneLine(SlackText.escape(trimmed, 255));
    }

    public static boolean isEmail(String person) {
        return person != null && person.matches("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    }

    public static boolean isUserId(String value) {
        return value != null && USER_ID.matcher(value).matches();
    }
}
