package io.beacon.incident.it;

import io.beacon.incident.IncidentServiceApplication;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two incident-service instances (separate Spring and Axon configurations, so no shared in-memory lock) on one
 * database: signals for the same service racing through both still open exactly one incident, because the event
 * store's optimistic locking rejects the second writer and the retried command attaches instead.
 */
class TwoInstancesIntegrationTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        TestPostgres.Database db = TestPostgres.newDatabase("incident_two_instances");
        first = start(db);
        second = start(db);
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
    void signalsForOneServiceRacingThroughTwoInstancesOpenOneIncident() throws Exception {
        for (int round = 0; round < 5; round++) {
            String service = "two-instances-" + UUID.randomUUID();
            Set<String> incidentIds = correlateConcurrently(service, 6);

            assertThat(incidentIds).as("round %d", round).hasSize(1);
            Integer declared = first.getBean(JdbcTemplate.class).queryForObject("""
                    select count(*) from domain_event_entry
                    where aggregate_identifier = ? and payload_type like '%IncidentOpenedForService'""",
                    Integer.class, CorrelateSignal.correlationIdOf(service));
            assertThat(declared).isEqualTo(1);
        }
    }

    /**
     * Each instance keeps the aggregates it used in memory (io.beacon.incident.caching). The first instance's copy of
     * an incident still says "open" after the second resolved it: the copy must be dropped before the next command
     * uses it (the store has a later event), so the signal is refused as arriving after the resolution. Optimistic
     * locking alone would also get this answer, one lost append later; the stale-copy count tells the two apart.
     */
    @Test
    void anIncidentResolvedThroughTheOtherInstanceIsNotAttachedToFromTheFirstInstancesMemory() {
        String service = "cached-" + UUID.randomUUID();
        CommandGateway viaFirst = first.getBean(CommandGateway.class);
        String incidentId = viaFirst.sendAndWait(CorrelateSignal.forService(service, signal("Burn", "00000000000000a1")));
        assertThat(viaFirst.<AttachSignal.Outcome>sendAndWait(new AttachSignal(incidentId,
                signal("Burn", "00000000000000a2")))).isEqualTo(AttachSignal.Outcome.ATTACHED);
        // the page's delivery is recorded on the incident by whichever instance sends it: let that settle first, so
        // that the only command on the first instance's copy after the resolution is the signal below
        await().atMost(Duration.ofSeconds(30)).until(() -> stream(incidentId).contains("PageDelivered"));
        double staleBefore = staleCopiesDropped(first);

        second.getBean(CommandGateway.class).sendAndWait(new ResolveIncident(incidentId, "U0SECOND", "fixed"));

        assertThat(viaFirst.<AttachSignal.Outcome>sendAndWait(new AttachSignal(incidentId,
                signal("Burn", "00000000000000a3")))).isEqualTo(AttachSignal.Outcome.INCIDENT_RESOLVED);
        assertThat(staleCopiesDropped(first)).isEqualTo(staleBefore + 1);
        assertThat(stream(incidentId).getLast()).isEqualTo("IncidentResolved");
    }

    private static List<String> stream(String incidentId) {
        return first.getBean(JdbcTemplate.class).queryForList("""
                        select payload_type from domain_event_entry where aggregate_identifier = ?
                        order by sequence_number""", String.class, incidentId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static double staleCopiesDropped(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("beacon.aggregate_cache.stale").functionCounter().count();
    }

    private Set<String> correlateConcurrently(String service, int perInstance) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perInstance * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < perInstance * 2; i++) {
            CommandGateway commands = (i % 2 == 0 ? first : second).getBean(CommandGateway.class);
            AlertSignal signal = signal("Alert" + i, String.format("%016x", i));
            results.add(pool.submit(() -> {
                start.await();
                return commands.<String>sendAndWait(CorrelateSignal.forService(service, signal));
            }));
        }
        start.countDown();
        Set<String> incidentIds = new HashSet<>();
        for (Future<String> result : results) {
            incidentIds.add(result.get());
        }
        pool.shutdown();
        return incidentIds;
    }

    private static AlertSignal signal(String alertName, String fingerprint) {
        return new AlertSignal("alertmanager", fingerprint, SignalStatus.FIRING, alertName, "Race", null,
                Severity.CRITICAL, "page", null, null, null, Instant.parse("2026-11-22T03:00:00Z"), null,
                Instant.now(), Map.of(), Map.of());
    }

    private static ConfigurableApplicationContext start(TestPostgres.Database db) {
        return new SpringApplicationBuilder(IncidentServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + TestKafka.bootstrapServers(),
                "--beacon.oncall.file=classpath:it-oncall.yml",
                "--spring.jmx.enabled=false");
    }
}
