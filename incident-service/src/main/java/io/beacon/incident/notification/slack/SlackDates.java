package io.beacon.incident.notification.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times in Slack's date formatting ({@code <!date^epoch^{date_short_pretty} {time}|fallback>}), so each reader sees
 * their own time zone; the fallback, for clients that can't, is UTC.
 */
public final class SlackDates {

    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SlackDates() {
    }

    /** "at 03:12" in the reader's zone, for mrkdwn text. */
    public static String at(Instant instant) {
        return "at " + format(instant);
    }

    public static String format(Instant instant) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK.format(instant) + ">";
    }
}
