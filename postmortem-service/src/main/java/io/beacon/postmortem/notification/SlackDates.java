package io.beacon.postmortem.notification;

import java.time.Duration;
import java.time.Instant;

/** Times in Slack: shown in each reader's own time zone, with a UTC fallback for clients that can't. */
final class SlackDates {

    private SlackDates() {
    }

    static String at(Instant instant) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} at {time}|" + instant + ">";
    }

    /** "3 days", "5 hours", "40 minutes", "12 seconds": how late, as a person would say it. */
    static String span(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toDays() >= 1) {
            return plural(d.toDays(), "day");
        }
        if (d.toHours() >= 1) {
            return plural(d.toHours(), "hour");
        }
        if (d.toMinutes() >= 1) {
            return plural(d.toMinutes(), "minute");
        }
        return plural(d.toSeconds(), "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
