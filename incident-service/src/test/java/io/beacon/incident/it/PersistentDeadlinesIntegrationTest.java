package io.beacon.incident.it;

import io.beacon.deadline.DeadlineLagTimer;
import io.beacon.incident.IncidentServiceApplication;
import io.beacon.testkit.PrometheusScrape;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Deadlines scheduled through Axon's {@link DeadlineManager} in the real service on a real PostgreSQL: they fire
 * once, on time, with their payload intact, never when cancelled, after a restart, and once with two instances
 * polling one database. A probe aggregate stands in for the incident; it is added to the contexts started here
 * only (nested classes of tests are left out of component scanning).
 */
class PersistentDeadlinesIntegrationTest {

    static final String DEADLINE = "probe-deadline";
    static final Queue<Fired> fired = new ConcurrentLinkedQueue<>();

    private static TestPostgres.Database database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        database = TestPostgres.newDatabase("incident_deadlines");
        first = start(database);
        second = start(database);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aDeadlineFiresOnceWithinAPollOfItsDueTimeCarryingItsPayload() {
        String probe = newProbeId();
        ProbePayload payload = new ProbePayload("escalate to step 2", 2,
                Instant.parse("2026-11-22T03:04:05.123456789Z"));
        Instant due = Instant.now().plusSeconds(1);

        commands(first).sendAndWait(new StartProbe(probe, due, payload));

        await().atMost(Duration.ofSeconds(10)).until(() -> firedFor(probe).size() == 1);
        Fired deadline = firedFor(probe).getFirst();
        assertThat(deadline.payload()).isEqualTo(payload);
        assertThat(deadline.at()).isAfterOrEqualTo(due).isBefore(due.plusMillis(1500));
        await().until(() -> pendingRows(probe) == 0);
        assertThat(firedFor(probe)).hasSize(1);
        // either instance may have run it: its lag is in one of the two scrapes, as a histogram
        Map<String, String> probes = Map.of("deadline", DEADLINE);
        List<PrometheusScrape> scrapes = List.of(scrape(first), scrape(second));
        assertThat(scrapes.stream().mapToDouble(s -> s.timerCount("beacon_deadline_lag_seconds", probes)).sum())
                .isGreaterThanOrEqualTo(1);
        assertThat(scrapes).anySatisfy(s -> assertThat(s.bucketCount("beacon_deadline_lag_seconds", probes))
                .isGreaterThan(10));
    }

    @Test
    void aCancelledDeadlineNeverFires() {
        String cancelled = newProbeId();
        String kept = newProbeId();
        Instant due = Instant.now().plusSeconds(1);
        commands(first).sendAndWait(new StartProbe(cancelled, due, new ProbePayload("cancelled", 1, due)));
        commands(second).sendAndWait(new StartProbe(kept, due.plusMillis(300), new ProbePayload("kept", 1, due)));
        assertThat(pendingRows(cancelled)).as("stored when the command committed").isEqualTo(1);

        commands(second).sendAndWait(new CancelProbe(cancelled));

        assertThat(pendingRows(cancelled)).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> firedFor(kept).size() == 1);
        assertThat(firedFor(cancelled)).isEmpty();
    }

    @Test
    void twoInstancesPollingOneDatabaseFireEachDeadlineExactlyOnce() {
        long timedBefore = lagCount(first) + lagCount(second);
        Instant due = Instant.now().plusSeconds(1);
        List<String> probes = IntStream.range(0, 20).mapToObj(i -> newProbeId()).toList();
        for (int i = 0; i < probes.size(); i++) {
            commands(i % 2 == 0 ? first : second)
                    .sendAndWait(new StartProbe(probes.get(i), due, new ProbePayload("race", i, due)));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> probes.stream().allMatch(p -> !firedFor(p).isEmpty()));
        await().until(() -> probes.stream().allMatch(p -> pendingRows(p) == 0));
        assertThat(probes).allSatisfy(p -> assertThat(firedFor(p)).hasSize(1));
        assertThat(lagCount(first) + lagCount(second) - timedBefore)
                .as("beacon.deadline.lag counts every execution once").isEqualTo(probes.size());
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        TestPostgres.Database own = TestPostgres.newDatabase("incident_deadlines_restart");
        String probe = newProbeId();
        Instant due;
        try (ConfigurableApplicationContext beforeRestart = start(own)) {
            due = Instant.now().plusSeconds(4);
            commands(beforeRestart).sendAndWait(new StartProbe(probe, due, new ProbePayload("restart", 3, due)));
        }
        assertThat(Instant.now()).as("the instance stopped before the deadline was due").isBefore(due);
        assertThat(firedFor(probe)).isEmpty();

        try (ConfigurableApplicationContext afterRestart = start(own)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> firedFor(probe).size() == 1);
            assertThat(firedFor(probe).getFirst().payload()).isEqualTo(new ProbePayload("restart", 3, due));
        }
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database db) {
        return new SpringApplicationBuilder(IncidentServiceApplication.class, Probe.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestKafka.bootstrapServers(),
                "--beacon.oncall.file=classpath:it-oncall.yml",
                "--spring.jmx.enabled=false");
    }

    /** The instance's {@code /actuator/prometheus} over HTTP, as Prometheus reads it. */
    private static PrometheusScrape scrape(ConfigurableApplicationContext instance) {
        return PrometheusScrape.of(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
    }

    private static CommandGateway commands(ConfigurableApplicationContext instance) {
        return instance.getBean(CommandGateway.class);
    }

    private static long lagCount(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find(DeadlineLagTimer.METRIC).tag("deadline", DEADLINE)
                .timers().stream().mapToLong(Timer::count).sum();
    }

    private static int pendingRows(String probe) {
        // task_data is JSON (JsonTaskData), so the probe's id is visible in the serialized scope descriptor
        return first.getBean(JdbcTemplate.class).queryForObject("""
                select count(*) from scheduled_tasks
                where task_name = 'AxonDeadline' and convert_from(task_data, 'UTF8') like ?""",
                Integer.class, "%" + probe + "%");
    }

    private static List<Fired> firedFor(String probe) {
        return fired.stream().filter(f -> f.probeId().equals(probe)).toList();
    }

    private static String newProbeId() {
        return "probe-" + UUID.randomUUID();
    }

    record ProbePayload(String note, int step, Instant since) {
    }

    record StartProbe(@TargetAggregateIdentifier String probeId, Instant due, ProbePayload payload) {
    }

    record CancelProbe(@TargetAggregateIdentifier String probeId) {
    }

    record ProbeStarted(String probeId) {
    }

    record Fired(String probeId, ProbePayload payload, Instant at) {
    }

    @Aggregate
    static class Probe {

        @AggregateIdentifier
        private String probeId;

        Probe() {
        }

        @CommandHandler
        Probe(StartProbe command, DeadlineManager deadlines) {
            apply(new ProbeStarted(command.probeId()));
            deadlines.schedule(command.due(), DEADLINE, command.payload());
        }

        @CommandHandler
        void handle(CancelProbe command, DeadlineManager deadlines) {
            deadlines.cancelAllWithinScope(DEADLINE);
        }

        @EventSourcingHandler
        void on(ProbeStarted event) {
            probeId = event.probeId();
        }

        @DeadlineHandler(deadlineName = DEADLINE)
        void on(ProbePayload payload) {
            fired.add(new Fired(probeId, payload, Instant.now()));
        }
    }
}
