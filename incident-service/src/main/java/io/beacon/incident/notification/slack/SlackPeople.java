package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackText;

/**
 * People in channel messages: a Slack user id is mentioned, an email becomes a placeholder the outbox resolves just
 * before sending, and any other name (an API caller, "beacon") is shown as escaped text, never as a mention.
 */
final class SlackPeople {

    private SlackPeople() {
    }

    static String mention(String person) {
        if (person == null || person.isBlank()) {
            return "nobody yet";
        }
        String trimmed = person.strip();
        if (SlackResponder.isUserId(trimmed)) {
            return "<@" + trimmed + ">";
        }
        if (isEmail(trimmed)) {
            return SlackMentions.placeholder(trimmed);
        }
        return SlackText.oneLine(SlackText.escape(trimmed, 255));
    }

    static boolean isEmail(String person) {
        return person != null && person.matches("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    }
}
