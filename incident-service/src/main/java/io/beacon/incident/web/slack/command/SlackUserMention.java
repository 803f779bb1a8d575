package io.beacon.incident.web.slack.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in a command. Slack rewrites {@code @alice} to {@code <@U123|alice>} (or {@code <@U123>}) only when
 * the slash command escapes users; otherwise the text keeps {@code @alice}, which Beacon cannot turn into a member id
 * without a directory lookup, so it is refused with advice rather than guessed.
 */
final class SlackUserMention {

    private static final Pattern ESCAPED = Pattern.compile("<@([UW][A-Z0-9]{2,})(?:\\|[^>]*)?>");
    private static final Pattern MEMBER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackUserMention() {
    }

    /** The member id in {@code <@U123>}, {@code <@U123|name>} or a bare {@code U123}. */
    static Optional<String> userId(String word) {
        if (word == null) {
            return Optional.empty();
        }
        Matcher escaped = ESCAPED.matcher(word);
        if (escaped.matches()) {
            return Optional.of(escaped.group(1));
        }
        return MEMBER_ID.matcher(word).matches() ? Optional.of(word) : Optional.empty();
    }
}
