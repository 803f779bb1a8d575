package io.beacon.slack.delivery;

import com.zaxxer.hikari.HikariDataSource;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener's catch-up on a real PostgreSQL, in a table shaped like one during a flood of new incidents: thousands of
 * rows waiting to be sent, thousands delivered and told, a few delivered and not yet told. It must find those few and
 * read little else: without an index of their own, PostgreSQL walked the primary key past
 * every row (45-78 ms a call, a fifth of the database's time under the flood): it took the rows it looks for to be
 * thousands, multiplying the share of undelivered rows by that of delivered ones as if unrelated.
 */
class ListenerPendingReadsTest {

    private static final int EACH = 10_000;
    private static final HikariDataSource dataSource = new HikariDataSource();
    private static JdbcTemplate jdbc;
    private static int batches;

    @BeforeAll
    static void aTableDuringAFlood() {
        TestPostgres.Database db = TestPostgres.newDatabase("listener_pending");
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        OutboxSchema.create(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        rows(EACH, "DELIVERED", true);
        rows(EACH, "PENDING", false);
        rows(2, "DELIVERED", false);
        rows(1, "FAILED", false);
        rows(EACH, "DELIVERED", true);
        jdbc.execute("analyze slack_outbox");
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void theRowsWhoseListenerWasNotToldComeOldestFirst() {
        List<OutboxRow> pending = new OutboxQueries(jdbc).listenerPending(Instant.now(), 100);

        assertThat(pending).extracting(OutboxRow::status)
                .containsExactly(OutboxStatus.DELIVERED, OutboxStatus.DELIVERED, OutboxStatus.FAILED);
        assertThat(pending).extracting(OutboxRow::id).isSorted();
        assertThat(new OutboxQueries(jdbc).listenerPending(Instant.now(), 2)).extracting(OutboxRow::status)
                .as("the limit keeps the oldest").containsExactly(OutboxStatus.DELIVERED, OutboxStatus.DELIVERED);
    }

    @Test
    void theyAreReadFromTheirOwnIndexNotByWalkingTheTable() {
        String plan = String.join("\n", jdbc.queryForList("explain (analyze, buffers, format json) "
                + OutboxQueries.LISTENER_PENDING, String.class, OffsetDateTime.now(), 100));

        assertThat(blocksRead(plan)).as("pages read in a table of %s rows:%n%s", 3 * EACH, plan).isLessThan(30);
    }

    /** The plan's top node's shared buffers, hit or read: every page the statement touched. */
    private static long blocksRead(String plan) {
        long blocks = 0;
        for (String kind : List.of("Shared Hit Blocks", "Shared Read Blocks")) {
            Matcher first = Pattern.compile("\"" + kind + "\": (\\d+)").matcher(plan);
            if (first.find()) {
                blocks += Long.parseLong(first.group(1));
            }
        }
        return blocks;
    }

    private static void rows(int count, String status, boolean listenerDone) {
        jdbc.update("""
                insert into slack_outbox (message_key, incident_id, kind, address, priority, priority_rank, status,
                                          target, not_before, created_at, listener_done)
                select 'key-' || ? || '-' || n, 'incident-' || (n % 500), 'POST', '#ops', 'NORMAL', 1, ?,
                       '#ops', now(), now(), ?
                from generate_series(1, ?) n""", ++batches, status, listenerDone, count);
    }
}
