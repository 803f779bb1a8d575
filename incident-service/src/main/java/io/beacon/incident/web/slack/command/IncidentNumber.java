package io.beacon.incident.web.slack.command;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which incident a command is about: {@code INC-42} in the text, or the incident channel {@code inc-42-checkout}
 * the command was typed in.
 */
final class IncidentNumber {

    private static final Pattern REFERENCE = Pattern.compile("(?i)inc-?(\\d{1,12})");
    private static final Pattern BARE = Pattern.compile("\\d{1,12}");
    private static final Pattern CHANNEL = Pattern.compile("(?i)inc-(\\d{1,12})(?:-.*)?");

    private IncidentNumber() {
    }

    /** The number in {@code INC-42} (or {@code inc42}); a bare {@code 42} too when {@code bareAllowed}. */
    static OptionalLong inWord(String word, boolean bareAllowed) {
        if (word == null) {
            return OptionalLong.empty();
        }
        Matcher reference = REFERENCE.matcher(word);
        if (reference.matches()) {
            return OptionalLong.of(Long.parseLong(reference.group(1)));
        }
        if (bareAllowed && BARE.matcher(word).matches()) {
            return OptionalLong.of(Long.parseLong(word));
        }
        return OptionalLong.empty();
    }

    /** The incident an incident channel ({@code inc-<n>-<service>}) belongs to. */
    static OptionalLong ofChannel(String channelName) {
        if (channelName == null) {
            return OptionalLong.empty();
        }
        Matcher channel = CHANNEL.matcher(channelName.strip());
        return channel.matches() ? OptionalLong.of(Long.parseLong(channel.group(1))) : OptionalLong.empty();
    }
}
