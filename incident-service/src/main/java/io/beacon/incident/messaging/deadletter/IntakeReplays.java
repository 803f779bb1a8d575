package io.beacon.incident.messaging.deadletter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The {@code intake_dead_letter_replay} table: which dead-letter records were replayed, keyed by partition+offset. */
class IntakeReplays {

    private final JdbcTemplate jdbc;

    IntakeReplays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a record for replay in the caller's transaction. False when it was replayed already; on PostgreSQL a
     * claim another instance holds uncommitted waits for that transaction, then counts as replayed if it committed.
     */
    boolean claim(int partition, long offset, String key, String by, Instant at) {
        try {
            jdbc.update("insert into intake_dead_letter_replay (dlt_partition, dlt_offset, record_key, replayed_at, "
                    + "replayed_by) values (?, ?, ?, ?, ?)", partition, offset, key, Timestamp.from(at), by);
            return true;
        } catch (DuplicateKeyException replayedAlready) {
            return false;
        }
    }

    Map<String, Instant> replayed() {
        Map<String, Instant> replayed = new HashMap<>();
        jdbc.query("select dlt_partition, dlt_offset, replayed_at from intake_dead_letter_replay", row -> {
            replayed.put(position(row.getInt(1), row.getLong(2)), row.getTimestamp(3).toInstant());
        });
        return replayed;
    }

    /** Replayed records still on the topic: those at or after each partition's first offset. */
    long replayedSince(Map<Integer, Long> firstOffsets) {
        long count = 0;
        for (Map.Entry<Integer, Long> partition : firstOffsets.entrySet()) {
            Long rows = jdbc.queryForObject("select count(*) from intake_dead_letter_replay where dlt_partition = ? "
                    + "and dlt_offset >= ?", Long.class, partition.getKey(), partition.getValue());
            count += rows == null ? 0 : rows;
        }
        return count;
    }

    static String position(int partition, long offset) {
        return partition + "@" + offset;
    }
}
