package io.beacon.incident.notification;

import java.util.List;

/**
 * Who is to be told, as the channel handler decides it: a person (written to directly when the chat system can, else
 * mentioned in {@code channel}) or a channel, optionally alerting everyone present.
 *
 * @param person    a Slack user id or email, or null for a channel as a whole
 * @param channel   the channel to post in (for a person: where to mention them when they can't be written to)
 * @param fallbacks channels to try when {@code channel} is gone
 * @param everyone  whether to alert everyone present ({@code @here}): nobody in particular is responsible
 */
public record Recipient(String person, String channel, List<String> fallbacks, boolean everyone) {

    public Recipient {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public static Recipient person(String person, String channel) {
        return new Recipient(person, channel, List.of(), false);
    }

    public static Recipient channel(String channel, List<String> fallbacks) {
        return new Recipient(null, channel, fallbacks, false);
    }

    public static Recipient everyoneIn(String channel) {
        return new Recipient(null, channel, List.of(), true);
    }
}
