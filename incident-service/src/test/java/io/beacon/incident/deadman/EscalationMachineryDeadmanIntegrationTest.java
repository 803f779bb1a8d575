package io.beacon.incident.deadman;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dead-man's switch in the real service on PostgreSQL and Kafka, with short thresholds (trips after 8 s of
 * stall, looks every 250 ms): a paused deadline scheduler and a processor stuck in a handler each take readiness
 * down, show in the gauges and tell the default team (it-oncall.yml: sre, C0SRE) once, and once more when they
 * recover; an idle, healthy service never trips it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EscalationMachineryDeadmanIntegrationTest.Probe.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationMachineryDeadmanIntegrationTest {

    static final Duration STALL_AFTER = Duration.ofSeconds(8);
    static final String DEFAULT_TEAM_CHANNEL = "C0SRE";
    static final SlackStandIn slack = SlackStandIn.start();
    static final HttpClient http = HttpClient.newHttpClient();

    @TestConfiguration(proxyBeanMethods = false)
    static class Probe {
        @Bean
        StallProbe stallProbe() {
            return new StallProbe();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    StallProbe probe;
    @Autowired
    EventGateway events;
    @Autowired
    Scheduler deadlineScheduler;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_deadman").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
        registry.add("management.endpoint.health.show-details", () -> "always");
        registry.add("beacon.deadman.stall-after", STALL_AFTER::toString);
        registry.add("beacon.deadman.check-interval", () -> "250ms");
        registry.add("beacon.deadman.canary-interval", () -> "1s");
        registry.add("axon.eventhandling.processors." + StallProbe.GROUP + ".mode", () -> "pooled");
        registry.add("axon.eventhandling.processors." + StallProbe.GROUP + ".initial-segment-count", () -> "1");
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    @Order(1)
    void aHealthyIdleServiceNeverTrips() {
        List<String> ids = publish(5, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.handled.containsAll(ids));
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 200 && checking());

        await().during(STALL_AFTER.multipliedBy(2)).atMost(STALL_AFTER.multipliedBy(3))
                .until(() -> readiness() == 200 && tripped("deadlines") == 0 && tripped("processors") == 0);
        assertThat(episodes("deadlines") + episodes("processors")).isZero();
        assertThat(alarms()).isEmpty();
        assertThat(meters.get("beacon.processor.stalled_seconds").tag("processor", StallProbe.GROUP).gauge().value())
                .isZero();
    }

    @Test
    @Order(2)
    void aPausedDeadlineSchedulerTripsTheSwitchOnceAndItsReturnRecoversIt() {
        awaitHealthy();
        Instant paused = Instant.now();
        deadlineScheduler.pause();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 503);
            Duration detected = Duration.between(paused, Instant.now());
            System.out.printf("deadman: paused deadline scheduler detected after %d ms (stall-after %s)%n",
                    detected.toMillis(), STALL_AFTER);
            assertThat(tripped("deadlines")).isEqualTo(1);
            await().until(() -> alarms("deadlines have stopped firing").size() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge("beacon.deadlines.overdue") >= 1);
            await().during(Duration.ofSeconds(2)).until(() -> readiness() == 503);
            assertThat(alarms("deadlines have stopped firing")).hasSize(1);
        } finally {
            deadlineScheduler.resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 200);
        await().until(() -> alarms("deadlines are firing again").size() == 1);
        assertThat(tripped("deadlines")).isZero();
        assertThat(episodes("deadlines")).isEqualTo(1);
        assertThat(alarms("deadlines have stopped firing")).hasSize(1);
    }

    @Test
    @Order(3)
    void aProcessorStuckInAHandlerWhileEventsKeepComingTripsTheSwitch() {
        awaitHealthy();
        probe.hold();
        Instant stuck = Instant.now();
        try {
            publish(1, true);
            await().atMost(Duration.ofSeconds(40)).until(() -> {
                publish(1, false);
                return readiness() == 503;
            });
            Duration detected = Duration.between(stuck, Instant.now());
            System.out.printf("deadman: stuck processor detected after %d ms (stall-after %s + 10 s normal lag)%n",
                    detected.toMillis(), STALL_AFTER);
            assertThat(tripped("processors")).isEqualTo(1);
            assertThat(meters.get("beacon.processor.stalled_seconds").tag("processor", StallProbe.GROUP).gauge()
                    .value()).isGreaterThanOrEqualTo(STALL_AFTER.toSeconds());
            await().until(() -> alarms("event processors have stopped advancing").size() == 1);
            assertThat(alarms("event processors have stopped advancing").getFirst()).contains(StallProbe.GROUP);
        } finally {
            probe.release();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 200);
        await().until(() -> alarms("event processors are advancing again").size() == 1);
        assertThat(episodes("processors")).isEqualTo(1);
    }

    private void awaitHealthy() {
        await().atMost(Duration.ofSeconds(40)).until(() -> readiness() == 200 && checking()
                && tripped("deadlines") == 0 && tripped("processors") == 0);
    }

    private List<String> publish(int count, boolean hold) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        ids.forEach(id -> events.publish(new StallProbe.Happened(id, hold)));
        return ids;
    }

    private int readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Past the watchdog's warm-up: it moves the switch from now on. */
    private boolean checking() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"watchdog\":\"checking\"");
    }

    private double tripped(String check) {
        return meters.get("beacon.deadman.tripped").tag("check", check).gauge().value();
    }

    private double gauge(String name) {
        Gauge gauge = meters.get(name).gauge();
        return gauge.value();
    }

    private long episodes(String check) {
        return jdbc.queryForObject("select episode from deadman_switch where check_name = ?", Long.class, check);
    }

    private List<String> alarms() {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> DEFAULT_TEAM_CHANNEL.equals(call.param("channel")))
                .map(call -> call.param("text")).toList();
    }

    private List<String> alarms(String phrase) {
        return alarms().stream().filter(text -> text.contains(phrase)).toList();
    }
}
