package io.beacon.deadline.deadman;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Are deadlines firing? Read from {@code scheduled_tasks} only, so every instance sees the same thing whichever
 * instance's scheduler is (not) running: the oldest due deadline nobody has picked, and the last run of the
 * {@link CanaryTask}, which is due every {@code canaryInterval} and so keeps something due even on a quiet day.
 * A due deadline is late by at most a polling interval when db-scheduler runs, and the canary's last run is at most
 * one interval old: what exceeds that is the stall.
 */
final class DeadlineWatch {

    private final JdbcTemplate jdbc;
    private final DeadmanProperties properties;

    DeadlineWatch(JdbcTemplate jdbc, DeadmanProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** {@code watchingSince}: nothing counts as late from before the watchdog started (a restart's backlog). */
    Reading read(Instant now, Instant watchingSince) {
        Optional<Instant> oldestDue = instant(jdbc.queryForObject(
                "select min(execution_time) from scheduled_tasks where picked = false and execution_time <= ?",
                Timestamp.class, Timestamp.from(now)));
        long overdue = jdbc.queryForObject(
                "select count(*) from scheduled_tasks where picked = false and execution_time < ?",
                Long.class, Timestamp.from(now.minus(properties.stallAfter())));
        Optional<Instant> canaryRan = jdbc.query(
                        "select last_success from scheduled_tasks where task_name = ?",
                        (rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant),
                        CanaryTask.NAME)
                .stream().flatMap(Optional::stream).findFirst();

        Duration late = oldestDue.map(due -> age(due, now, watchingSince)).orElse(Duration.ZERO);
        Duration canaryAge = age(canaryRan.orElse(watchingSince), now, watchingSince);
        Duration canaryLate = canaryAge.minus(properties.canaryInterval());
        Duration stalled = late.compareTo(canaryLate) > 0 ? late : canaryLate;

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("overdue", overdue);
        details.put("oldestDueLateSeconds", late.toSeconds());
        details.put("canaryLastRun", canaryRan.map(Instant::toString).orElse("never"));
        String summary = overdue + " deadline(s) overdue by more than " + properties.stallAfter().toSeconds()
                + " s; the canary deadline last ran " + canaryRan.map(ran -> Duration.between(ran, now).toSeconds()
                + " s ago").orElse("never");
        return new Reading(Check.DEADLINES, stalled, summary, details);
    }

    private static Duration age(Instant since, Instant now, Instant watchingSince) {
        return Duration.between(since.isBefore(watchingSince) ? watchingSince : since, now);
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
