package io.beacon.e2e;

import io.beacon.platform.launch.BrokerProcess;
import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker, a separate process, is SIGKILLed in the middle of a storm of alerts and started again 20 s
 * later on the same port and log directory. The gateway must never promise what it did not store: every alert it
 * answered 2xx reaches its incident's timeline, and while the broker is away it answers 503 problem details
 * promptly (Alertmanager gives a webhook 10 s, then retries), never a 500 or a hang. Refused alerts are sent again
 * as Alertmanager would; none of it may open a second incident for a service or record an alert twice.
 */
class BrokerKilledDuringStormEndToEndTest {

    private static final int SERVICES = 50;
    private static final int ALERTS_PER_SERVICE = 6;
    private static final Duration STORM = Duration.ofSeconds(40);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** Alertmanager's webhook deadline: an answer later than this is as bad as none. */
    private static final Duration PROMPT = Duration.ofSeconds(10);

    private static BrokerProcess broker;
    private static SlackStandIn slack;
    private static ServiceProcess gateway;
    private static ServiceProcess incidents;

    @BeforeAll
    static void startPlatform() {
        broker = E2eBroker.start("broker-killed");
        slack = SlackStandIn.start();
        TestPostgres.Database database = TestPostgres.newDatabase("e2e_broker_killed");
        gateway = StormPlatform.gateway("alert-gateway-broker-killed", broker.bootstrapServers());
        incidents = StormPlatform.incidentService("incident-service-broker-killed", broker.bootstrapServers(),
                database, slack, "e2e-storm-oncall.yml");
        StormPlatform.awaitReady(gateway, incidents);
    }

    @AfterAll
    static void stopPlatform() {
        for (AutoCloseable closeable : new AutoCloseable[]{gateway, incidents, broker, slack}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // best effort: the next one must still be stopped
            }
        }
    }

    @Test
    void everyAlertAnsweredTwoHundredLandsOnceAndTheOutageIsAnsweredWith503s() throws Exception {
        List<String> services = IntStream.rangeClosed(1, SERVICES).mapToObj(n -> new StormAlert(n, 1).serviceKey())
                .toList();
        AlertStorm storm = new AlertStorm(gateway.url("/webhooks/alertmanager"), StormPlatform.TOKEN, SERVICES,
                ALERTS_PER_SERVICE, 8);
        try {
            storm.start(STORM);
            stormThroughABrokerOutage(storm);

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                StormLedger now = StormLedger.read(incidents, services);
                assertThat(storm.accepted()).as("accepted alerts on their incident's timeline")
                        .allMatch(now::landed);
                assertThat(now.incidentsByService()).as("incidents per service")
                        .allSatisfy((service, found) -> assertThat(found).as(service).hasSize(1));
            });
            StormLedger ledger = StormLedger.read(incidents, services);
            assertThat(ledger.repeatedEntries()).as("alerts recorded twice").isZero();
            assertThat(ledger.extraIncidents()).as("incidents beyond one per service").isZero();
        } finally {
            storm.close();
            report(storm, services);
        }
    }

    /**
     * Kills the broker once the storm is under way, keeps it away for 20 s, restarts it, lets Alertmanager-style
     * retries bring every alert in, and judges every answer the gateway gave.
     */
    private static void stormThroughABrokerOutage(AlertStorm storm) {
        await().atMost(Duration.ofSeconds(60)).until(() -> storm.accepted().size() >= SERVICES);

        Instant killedAt = Instant.now();
        broker.kill();
        // the outage itself: the broker stays away for 20 s while nothing may be accepted
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(storm.answers()).filteredOn(StormAnswer::accepted)
                        .filteredOn(answer -> answer.sentAt().isAfter(killedAt.plusSeconds(1)))
                        .as("alerts accepted with the broker dead").isEmpty());
        Instant restartedAt = Instant.now();
        broker.restart();
        Instant backAt = Instant.now();
        System.out.printf("[broker-killed] killed at %s, restarted at %s, answering again at %s%n",
                killedAt, restartedAt, backAt);

        // refused alerts are sent again every 2 s, as Alertmanager would, until all are in
        await().atMost(Duration.ofSeconds(90)).until(() -> storm.accepted().size() == storm.alerts().size());
        storm.stopRetrying();
        await().atMost(AlertStorm.CLIENT_TIMEOUT.plusSeconds(5)).until(storm::finished);

        List<StormAnswer> answers = storm.answers();
        assertThat(answers).as("answers other than 202 or 503 (500s, no answer, hangs)")
                .filteredOn(answer -> answer.status() != 202 && !answer.refused()).isEmpty();
        assertThat(answers).as("answers slower than Alertmanager's 10 s deadline")
                .filteredOn(answer -> answer.took().compareTo(PROMPT) > 0).isEmpty();
        assertThat(answers).filteredOn(StormAnswer::refused).as("503s while the broker was away")
                .isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.contentType()).startsWith("application/problem+json"));
        assertThat(answers).filteredOn(answer -> answer.within(killedAt, restartedAt))
                .as("answers wholly within the outage").isNotEmpty().allMatch(StormAnswer::refused);
    }

    /** Printed even when an assertion failed, from what incident-service shows at that moment. */
    private static void report(AlertStorm storm, List<String> services) {
        try {
            System.out.println(StormFigures.of(storm, StormLedger.read(incidents, services)).line("broker-killed"));
        } catch (Exception unreadable) {
            System.out.println("[broker-killed] incident-service unreadable: " + unreadable);
        }
    }
}
