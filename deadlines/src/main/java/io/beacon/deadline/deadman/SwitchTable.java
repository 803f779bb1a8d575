package io.beacon.deadline.deadman;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The switch's shared state, one {@code deadman_switch} row per {@link Check}: whether it is tripped and the number
 * of its current (or last) trip episode. Trip and recovery are conditional updates, so of several instances that see
 * the same stall exactly one wins each transition, and only the winner tells Slack.
 */
final class SwitchTable {

    private final JdbcTemplate jdbc;

    SwitchTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void ensureRow(Check check, Instant now) {
        if (jdbc.queryForObject("select count(*) from deadman_switch where check_name = ?", Integer.class,
                check.tag()) > 0) {
            return;
        }
        try {
            jdbc.update("insert into deadman_switch (check_name, tripped, episode, changed_at, reason) "
                    + "values (?, false, 0, ?, null)", check.tag(), Timestamp.from(now));
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // the row is there: that is all this wanted
        }
    }

    boolean isTripped(Check check) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select tripped from deadman_switch where check_name = ?",
                Boolean.class, check.tag()));
    }

    /** The new episode's number if this call tripped the switch, empty if it already was tripped. */
    OptionalLong trip(Check check, String reason, Instant now) {
        int won = jdbc.update("update deadman_switch set tripped = true, episode = episode + 1, changed_at = ?, "
                + "reason = ? where check_name = ? and tripped = false", Timestamp.from(now), reason, check.tag());
        return won == 1 ? OptionalLong.of(episode(check)) : OptionalLong.empty();
    }

    /** A trip episode: its number and when it began. */
    record Episode(long number, Instant trippedAt) {
    }

    /** The episode that ended if this call recovered the switch, empty if it was not tripped. */
    Optional<Episode> recover(Check check, Instant now) {
        Optional<Episode> current = jdbc.query(
                "select episode, changed_at from deadman_switch where check_name = ? and tripped = true",
                (rs, row) -> new Episode(rs.getLong(1), rs.getTimestamp(2).toInstant()), check.tag())
                .stream().findFirst();
        return current.filter(episode -> jdbc.update("update deadman_switch set tripped = false, changed_at = ? "
                + "where check_name = ? and tripped = true and episode = ?",
                Timestamp.from(now), check.tag(), episode.number()) == 1);
    }

    private long episode(Check check) {
        return jdbc.queryForObject("select episode from deadman_switch where check_name = ?", Long.class,
                check.tag());
    }
}
