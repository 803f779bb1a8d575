package io.beacon.postmortem.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * postmortem-service carries the deadlines module's dead-man's switch too: with its deadline scheduler paused its
 * reminders and escalations can't fire, so readiness goes down and the fallback channel
 * ({@code beacon.postmortems.slack-fallback}, used when {@code beacon.deadman.slack-channel} is unset) hears it once,
 * and once more when the scheduler is back. Short thresholds: trips after 8 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.slack.bot-token=xoxb-postmortem-test",
        "beacon.postmortems.slack-fallback=C0POSTMORTEMS",
        "beacon.deadman.stall-after=8s",
        "beacon.deadman.check-interval=250ms",
        "beacon.deadman.canary-interval=1s",
        // its own consumer group: another test class's context may still be consuming with the service's group
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=postmortem-deadman-it"})
class EscalationMachineryDeadmanIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start();
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    Scheduler deadlineScheduler;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_deadman_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    void aPausedDeadlineSchedulerIsToldToTheFallbackChannelOnceAndSoIsItsReturn() {
        await().atMost(Duration.ofSeconds(40)).until(() -> readiness() == 200 && tripped() == 0);
        Instant paused = Instant.now();
        deadlineScheduler.pause();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 503);
            System.out.printf("deadman (postmortem-service): paused deadline scheduler detected after %d ms%n",
                    Duration.between(paused, Instant.now()).toMillis());
            assertThat(tripped()).isEqualTo(1);
            await().until(() -> alarms("deadlines have stopped firing").size() == 1);
            assertThat(alarms("deadlines have stopped firing").getFirst()).contains("postmortem-service");
        } finally {
            deadlineScheduler.resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 200);
        await().until(() -> alarms("deadlines are firing again").size() == 1);
        assertThat(alarms("deadlines have stopped firing")).hasSize(1);
    }

    private double tripped() {
        return meters.get("beacon.deadman.tripped").tag("check", "deadlines").gauge().value();
    }

    private int readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<String> alarms(String phrase) {
        return slack.calls("chat.postMessage", call -> "C0POSTMORTEMS".equals(call.param("channel"))).stream()
                .map(call -> call.param("text")).filter(text -> text.contains(phrase)).toList();
    }
}
