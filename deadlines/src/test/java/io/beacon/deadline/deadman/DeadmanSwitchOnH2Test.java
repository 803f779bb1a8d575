package io.beacon.deadline.deadman;

import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances watching one database trip and recover the switch once per episode, whichever looks first, and a
 * third instance starting mid-episode neither recovers nor re-announces it: the switch's state is in
 * {@code deadman_switch}, not in any instance's memory. Driven by a clock the test moves; no threads, no Spring.
 */
class DeadmanSwitchOnH2Test {

    static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
    static final DeadmanProperties PROPERTIES =
            new DeadmanProperties(true, Duration.ofSeconds(20), Duration.ofHours(1), Duration.ofSeconds(5), "C0SRE");

    private final Queue<OutboundMessage> sent = new ConcurrentLinkedQueue<>();
    private final MovableClock clock = new MovableClock(T0);
    private JdbcTemplate jdbc;
    private JdbcDataSource h2;

    @BeforeEach
    void database() throws Exception {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deadman-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(h2);
        for (String file : List.of("/io/beacon/deadline/scheduled_tasks-h2.sql", "/io/beacon/deadline/deadman_switch.sql")) {
            try (var in = DeadmanSwitchOnH2Test.class.getResourceAsStream(file)) {
                String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        jdbc.execute(sql);
                    }
                }
            }
        }
        canaryRanAt(T0);
    }

    @Test
    void twoInstancesTripTheSwitchOnceAndRecoverItOncePerEpisode() {
        Watchdog first = watchdog();
        Watchdog second = watchdog();

        clock.set(T0.plusSeconds(24));
        first.check();
        second.check();
        assertThat(sent).as("the canary is 24 s old: 19 s late, under 20 s").isEmpty();

        clock.set(T0.plusSeconds(26));
        second.check();
        first.check();
        second.check();
        assertThat(sent).extracting(OutboundMessage::key).containsExactly("deadman:deadlines:1:tripped");
        assertThat(sent.peek().address()).isEqualTo("C0SRE");
        assertThat(sent.peek().text()).contains("escalation deadlines have stopped firing");

        Watchdog latecomer = watchdog();
        canaryRanAt(T0.plusSeconds(30));
        clock.set(T0.plusSeconds(31));
        latecomer.check();
        assertThat(sent).as("a watchdog still warming up only reads the switch").hasSize(1);

        first.check();
        second.check();
        assertThat(sent).extracting(OutboundMessage::key)
                .containsExactly("deadman:deadlines:1:tripped", "deadman:deadlines:1:recovered");

        clock.set(T0.plusSeconds(60));
        first.check();
        second.check();
        assertThat(sent).extracting(OutboundMessage::key).containsExactly("deadman:deadlines:1:tripped",
                "deadman:deadlines:1:recovered", "deadman:deadlines:2:tripped");
    }

    private Watchdog watchdog() {
        SlackOutbox outbox = new SlackOutbox() {
            @Override
            public void enqueue(OutboundMessage message) {
                sent.add(message);
            }

            @Override
            public void withdrawPending(String keyPrefix) {
            }
        };
        DeadmanAlarm alarm = new DeadmanAlarm(Optional.of(outbox), () -> Optional.of(PROPERTIES.slackChannel()),
                "incident-service");
        Watchdog watchdog = new Watchdog(new DeadlineWatch(jdbc, PROPERTIES),
                new ProcessorWatch(jdbc, List::of, () -> null), new SwitchTable(jdbc), alarm,
                new TransactionTemplate(new DataSourceTransactionManager(h2)), PROPERTIES,
                new SwitchState(new SimpleMeterRegistry()), clock);
        watchdog.start();
        watchdog.stop();
        return watchdog;
    }

    private void canaryRanAt(Instant ran) {
        jdbc.update("delete from scheduled_tasks where task_name = ?", CanaryTask.NAME);
        jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, last_success, "
                        + "version) values (?, 'recurring', ?, false, ?, 1)", CanaryTask.NAME,
                Timestamp.from(ran.plus(PROPERTIES.canaryInterval())), Timestamp.from(ran));
    }

    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
