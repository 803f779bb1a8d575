package io.beacon.incident.web.slack;

import io.beacon.incident.incident.IncidentRules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The "next update in" choices of the status-update form: the usual ones, one minute too when the rules allow it
 * (a lowered {@code BEACON_STATUS_MIN_INTERVAL}, for drills), and the configured cadence, which is the default; all
 * within the rules' limits, so a choice is never refused.
 */
record UpdateIntervals(List<Duration> choices, Duration preselected) {

    private static final List<Duration> USUAL = Stream.of(5, 15, 30, 60, 120, 240).map(Duration::ofMinutes).toList();

    static UpdateIntervals of(IncidentRules rules) {
        TreeSet<Duration> choices = new TreeSet<>(USUAL);
        choices.add(Duration.ofMinutes(1));
        choices.add(rules.statusCadence());
        choices.removeIf(d -> d.compareTo(rules.minUpdateInterval()) < 0 || d.compareTo(rules.maxUpdateInterval()) > 0);
        return new UpdateIntervals(List.copyOf(choices), rules.statusCadence());
    }

    /** The choice a form sent back (its ISO-8601 value), if it is one of ours. */
    Optional<Duration> parse(String value) {
        try {
            Duration chosen = Duration.parse(value);
            return choices.contains(chosen) ? Optional.of(chosen) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String label(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        if (interval.toSecondsPart() == 0) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return interval.toSeconds() + " seconds";
    }
}
