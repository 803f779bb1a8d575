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
 * incident-service is SIGKILLed in the middle of a storm of alerts, with a page in flight and escalations pending
 * (e2e-storm-oncall.yml: nobody acknowledges; step 2 is due 8 s after step 1), and the same jar is started again on
 * the same database. The gateway keeps accepting meanwhile (Kafka holds the alerts). Afterwards every accepted alert
 * is on its incident's timeline, each service has one incident, and each incident's two escalation steps were each
 * paged exactly once: those due while the service was dead fire late, never twice, never not at all.
 */
class IncidentServiceKilledDuringStormEndToEndTest {

    private static final int SERVICES = 50;
    private static final int ALERTS_PER_SERVICE = 6;
    private static final Duration STORM = Duration.ofSeconds(40);
    /** e2e-storm-oncall.yml: level 1 waits this long before level 2 is paged. */
    private static final Duration STEP_TWO_AFTER = Duration.ofSeconds(8);
    private static final int STEPS = 2;
    /** Two Slack outbox claim timeouts (3 s): long enough for an abandoned page to be recovered, or posted again. */
    private static final Duration QUIET = Duration.ofSeconds(6);

    private static BrokerProcess broker;
    private static SlackStandIn slack;
    private static ServiceProcess gateway;
    private static ServiceProcess incidents;

    @BeforeAll
    static void startPlatform() {
        broker = E2eBroker.start("incident-killed");
        slack = SlackStandIn.start();
        TestPostgres.Database database = TestPostgres.newDatabase("e2e_incident_killed");
        gateway = StormPlatform.gateway("alert-gateway-incident-killed", broker.bootstrapServers());
        incidents = StormPlatform.incidentService("incident-service-incident-killed", broker.bootstrapServers(),
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
    void everyAcceptedAlertLandsAndEveryEscalationStepPagesExactlyOnceAcrossTheCrash() throws Exception {
        List<String> services = IntStream.rangeClosed(1, SERVICES).mapToObj(n -> new StormAlert(n, 1).serviceKey())
                .toList();
        AlertStorm storm = new AlertStorm(gateway.url("/webhooks/alertmanager"), StormPlatform.TOKEN, SERVICES,
                ALERTS_PER_SERVICE, 8);
        Outage outage = null;
        try {
            storm.start(STORM);
            // pages going out and step-2 deadlines pending: the moment to crash
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> PagesInSlack.of(slack).seen() >= SERVICES / 5);
            outage = crashAndRestartIncidentService();

            await().atMost(Duration.ofSeconds(90)).until(() -> storm.accepted().size() == storm.alerts().size());
            storm.stopRetrying();
            await().atMost(AlertStorm.CLIENT_TIMEOUT.plusSeconds(5)).until(storm::finished);
            assertThat(storm.answers()).as("the gateway does not need incident-service to accept alerts")
                    .allMatch(StormAnswer::accepted);

            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                StormLedger now = StormLedger.read(incidents, services);
                assertThat(storm.accepted()).as("accepted alerts on their incident's timeline")
                        .allMatch(now::landed);
                assertThat(now.incidentsByService()).as("incidents per service")
                        .allSatisfy((service, found) -> assertThat(found).as(service).hasSize(1));
                PagesInSlack pages = PagesInSlack.of(slack);
                assertThat(now.incidents()).as("incidents with both steps paged").allSatisfy(incident ->
                        IntStream.rangeClosed(1, STEPS).forEach(step -> assertThat(pages.posts(incident.id(), step))
                                .as(PagesInSlack.key(incident.id(), step)).isPositive()));
            });
            await().during(QUIET).atMost(QUIET.plusSeconds(5)).untilAsserted(() ->
                    assertThat(PagesInSlack.of(slack).postedMoreThanOnce()).as("pages posted twice").isEmpty());
            StormLedger ledger = StormLedger.read(incidents, services);
            assertThat(ledger.repeatedEntries()).as("alerts recorded twice").isZero();
            assertThat(ledger.extraIncidents()).as("incidents beyond one per service").isZero();
            assertThat(PagesInSlack.of(slack).seen()).as("pages").isEqualTo(SERVICES * STEPS);
        } finally {
            storm.close();
            report(storm, services, outage);
        }
    }

    /** When incident-service was killed and when its restarted instance answered again. */
    record Outage(Instant killedAt, Instant backAt, int pagesSeenAtKill) {

        boolean covers(Instant instant) {
            return !instant.isBefore(killedAt) && instant.isBefore(backAt);
        }
    }

    /**
     * Holds Slack's answers to {@code chat.postMessage} until a page is in flight (Slack has it, incident-service has
     * not heard back), then kills incident-service with it: the restarted instance must find that page in the
     * channel's history rather than post it again. Then lets Slack answer and starts the same jar again.
     */
    private static Outage crashAndRestartIncidentService() {
        slack.holdResponses("chat.postMessage");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> slack.held().stream().anyMatch(PagesInSlack::isPage));
        int pagesAtKill = PagesInSlack.of(slack).seen();
        Instant killedAt = Instant.now();
        incidents.kill();
        slack.release();
        incidents = incidents.restart();
        StormPlatform.awaitReady(incidents);
        Instant backAt = Instant.now();
        System.out.printf("[incident-killed] killed at %s with %d pages in Slack, answering again at %s%n",
                killedAt, pagesAtKill, backAt);
        return new Outage(killedAt, backAt, pagesAtKill);
    }

    /** Printed even when an assertion failed, from what incident-service and Slack show at that moment. */
    private static void report(AlertStorm storm, List<String> services, Outage outage) {
        try {
            StormLedger ledger = StormLedger.read(incidents, services);
            PagesInSlack pages = PagesInSlack.of(slack);
            List<StormLedger.Incident> all = ledger.incidents();
            long dueWhileDown = outage == null ? 0 : all.stream()
                    .filter(incident -> outage.covers(incident.declaredAt().plus(STEP_TWO_AFTER))).count();
            long dueWhileDownFired = outage == null ? 0 : all.stream()
                    .filter(incident -> outage.covers(incident.declaredAt().plus(STEP_TWO_AFTER)))
                    .filter(incident -> pages.posts(incident.id(), 2) > 0).count();
            System.out.println(StormFigures.of(storm, ledger).line("incident-killed"));
            System.out.printf("[incident-killed] pagesExpected=%d pagesSeen=%d pagesDuplicated=%d "
                            + "pagesAtKill=%d step2DueWhileDown=%d step2DueWhileDownFired=%d duplicates=%s%n",
                    all.size() * STEPS, pages.seen(), pages.duplicated(),
                    outage == null ? -1 : outage.pagesSeenAtKill(), dueWhileDown, dueWhileDownFired,
                    pages.postedMoreThanOnce());
        } catch (Exception unreadable) {
            System.out.println("[incident-killed] incident-service unreadable: " + unreadable);
        }
    }
}
