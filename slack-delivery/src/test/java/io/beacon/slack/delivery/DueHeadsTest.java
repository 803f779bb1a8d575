package io.beacon.slack.delivery;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the due heads are read again while candidates are left: rows enqueued since the last scan call for a rescan, but
 * not sooner than four times the last scan's duration (at least 20 ms), so that scanning a long backlog takes at most a
 * fifth of the poller's time. Time is a clock that moves a fixed step each time it is read, so a scan "takes" one step.
 */
class DueHeadsTest {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final AtomicLong step = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private JdbcSlackOutbox outbox;
    private DueHeads heads;

    @BeforeEach
    void anOutboxWithABacklog() {
        dataSource.setJdbcUrl("jdbc:h2:mem:due_heads_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        OutboxSchema.create(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        outbox = new JdbcSlackOutbox(jdbc, Clock.systemUTC(), new DeliveryWakeUp());
        for (int i = 0; i < 40; i++) {
            outbox.enqueue(post("backlog:" + i, "C0CH" + i, "message " + i));
        }
        heads = new DueHeads(new OutboxQueries(jdbc), 30, () -> nanos.getAndAdd(step.get()));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void rowsEnqueuedSinceASlowScanWaitFourScanDurationsForTheNextOne() {
        step.set(Duration.ofMillis(100).toNanos()); // a scan reads the clock twice: it takes 100 ms

        assertThat(roundsUntilTheNextScanWithNewRows()).isEqualTo(4);
    }

    @Test
    void rowsEnqueuedSinceAQuickScanWaitAtLeastTwentyMilliseconds() {
        step.set(Duration.ofMillis(1).toNanos()); // a scan of 1 ms: four of them would be 4 ms

        assertThat(roundsUntilTheNextScanWithNewRows()).isEqualTo(20);
    }

    @Test
    void usedUpCandidatesAreReadAgainAtOnceWhateverTheLastScanTook() {
        step.set(Duration.ofMillis(100).toNanos());
        heads.beginRound();
        for (int i = 0; i < 30; i++) {
            assertThat(heads.next(Instant.now())).isNotNull();
        }
        assertThat(heads.scans()).isEqualTo(1);

        heads.beginRound();
        assertThat(heads.next(Instant.now())).as("a head from a second scan").isNotNull();
        assertThat(heads.scans()).isEqualTo(2);
    }

    /** One scan, then a round per read with new rows flagged each time; the rounds it took until the next scan. */
    private int roundsUntilTheNextScanWithNewRows() {
        heads.beginRound();
        assertThat(heads.next(Instant.now())).isNotNull();
        assertThat(heads.scans()).isEqualTo(1);
        for (int round = 1; round < 29; round++) { // 30 candidates: none runs out meanwhile
            heads.newRowsEnqueued();
            heads.beginRound();
            heads.next(Instant.now());
            if (heads.scans() > 1) {
                return round;
            }
        }
        return -1;
    }
}
