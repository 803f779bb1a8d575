package io.beacon.incident.messaging.deadletter;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.Topics;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake on a real broker and PostgreSQL: a signal failing permanently is parked on the dead-letter topic at once
 * (one attempt, not eight), listed by the admin API, counted by the health and gauge, and one replay request after
 * the fix opens its incident; a second request republishes nothing. Unreadable payloads and unknown contract
 * versions are parked at once too. A transient failure is retried until it passes and never parked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // its own consumer group: other test classes' contexts consume the shared broker's intake too
        "spring.cloud.stream.bindings.alertSignals-in-0.group=incident-intake-dead-letters-it",
        // the in-order intake alone: the fast lane would open the faulty services' incidents ahead of it
        "spring.cloud.function.definition=alertSignals"})
@Import(IntakeDeadLettersIntegrationTest.Faults.class)
class IntakeDeadLettersIntegrationTest {

    static final String RESPONDER = "idl-responder-token";
    static final String MANAGER = "idl-manager-token";
    static final SlackStandIn slack = SlackStandIn.start();
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();
    static final KafkaProducer<String, String> producer = producer();

    @TestConfiguration(proxyBeanMethods = false)
    static class Faults {
        @Bean
        IntakeFaults intakeFaults(CommandBus commands) {
            return new IntakeFaults(commands);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeFaults faults;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("intakeDeadLetters")
    HealthIndicator health;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_intake_dead_letters").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
        registry.add("beacon.api.tokens", () -> "rita:responder:" + RESPONDER + ", max:manager:" + MANAGER);
    }

    @AfterAll
    static void close() {
        producer.close();
        slack.close();
    }

    @Test
    void aSignalFailingPermanentlyIsParkedAtOnceListedAndOneReplayAfterTheFixOpensItsIncident() throws Exception {
        String poisoned = service("poisoned");
        String healthy = service("healthy");
        faults.poisonedServices.add(poisoned);
        Instant sent = Instant.now();
        publish(firing(poisoned));
        publish(firing(healthy));

        JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(() -> parkedWithKey(poisoned), p -> p != null);
        Duration toPark = Duration.between(sent, Instant.now());
        assertThat(faults.attemptsOf(poisoned)).as("parked at the first failure, no retries").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> incidentsOf(healthy) == 1);
        assertThat(incidentsOf(poisoned)).isZero();
        assertThat(parked.get("exceptionMessage").asString()).contains("poison");
        assertThat(parked.get("payloadSize").asInt()).isPositive();
        assertThat(parked.get("payloadPreview").asString()).contains(poisoned);
        assertThat(parked.get("timestamp").asString()).isNotBlank();
        assertThat(parked.get("originalOffset").isNumber()).isTrue();
        assertThat(parked.get("replayedAt").isNull()).isTrue();
        assertThat(((Number) health.health().getDetails().get("parked")).longValue()).isPositive();
        assertThat(meters.get(IntakeDeadLetterConfiguration.METRIC).gauge().value()).isPositive();
        assertThat(send(RESPONDER, "GET", "/api/admin/intake-dead-letters").statusCode()).isEqualTo(403);
        assertThat(send(RESPONDER, "POST", "/api/admin/intake-dead-letters/replay").statusCode()).isEqualTo(403);

        faults.poisonedServices.remove(poisoned);
        HttpResponse<String> replay = send(MANAGER, "POST", "/api/admin/intake-dead-letters/replay");
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        List<String> replayedKeys = new ArrayList<>();
        json.readTree(replay.body()).get("records").forEach(r -> replayedKeys.add(r.get("key").asString()));
        assertThat(replayedKeys).contains(poisoned);
        await().atMost(Duration.ofSeconds(30)).until(() -> incidentsOf(poisoned) == 1);

        HttpResponse<String> again = send(MANAGER, "POST", "/api/admin/intake-dead-letters/replay");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("replayed").asInt()).as(again.body()).isZero();
        assertThat(parkedWithKey(poisoned)).as("no longer listed as parked").isNull();
        assertThat(faults.attemptsOf(poisoned)).as("taken in once more, by the replay").isEqualTo(2);
        System.out.printf("intake: %s parked after 1 attempt in %d ms; replay: %s; second replay: %s%n", poisoned,
                toPark.toMillis(), replay.body(), again.body());
    }

    @Test
    void unreadablePayloadsAndUnknownContractVersionsAreParkedAtOnce() throws Exception {
        String unreadable = service("unreadable");
        String future = service("future");
        publishRaw(unreadable, "{\"eventId\": this is not json");
        publishRaw(future, json.writeValueAsString(firing(future)).replace(
                "\"schemaVersion\":" + AlertSignalReceived.SCHEMA_VERSION, "\"schemaVersion\":99"));

        JsonNode garbled = await().atMost(Duration.ofSeconds(30)).until(() -> parkedWithKey(unreadable), p -> p != null);
        JsonNode unknownVersion = await().atMost(Duration.ofSeconds(30)).until(() -> parkedWithKey(future),
                p -> p != null);
        assertThat(unknownVersion.get("exceptionMessage").asString()).contains("contract version 99");
        assertThat(faults.attemptsOf(future)).as("refused before any command").isZero();
        assertThat(garbled.get("payloadPreview").asString()).contains("this is not json");
    }

    @Test
    void aTransientFailureIsRetriedWithBackOffUntilItPassesAndNeverParked() throws Exception {
        String flaky = service("flaky");
        faults.transientFailuresLeft.put(flaky, new AtomicInteger(3));
        publish(firing(flaky));

        await().atMost(Duration.ofSeconds(30)).until(() -> incidentsOf(flaky) == 1);
        assertThat(faults.attemptsOf(flaky)).isEqualTo(4);
        JsonNode listing = listing(true);
        List<String> keys = new ArrayList<>();
        listing.get("records").forEach(r -> keys.add(r.get("key").asString()));
        assertThat(keys).doesNotContain(flaky);
    }

    private JsonNode parkedWithKey(String key) throws Exception {
        for (JsonNode record : listing(false).get("records")) {
            if (key.equals(record.get("key").asString())) {
                return record;
            }
        }
        return null;
    }

    private JsonNode listing(boolean includeReplayed) throws Exception {
        HttpResponse<String> response = send(MANAGER, "GET",
                "/api/admin/intake-dead-letters?limit=1000&includeReplayed=" + includeReplayed);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int incidentsOf(String service) {
        Integer count = jdbc.queryForObject("select count(*) from incident_summary where service = ?", Integer.class,
                service);
        return count == null ? 0 : count;
    }

    private static AlertSignalReceived firing(String service) {
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), AlertSignalReceived.SCHEMA_VERSION,
                "alertmanager", service, "fp-" + service, SignalStatus.FIRING, "HighErrorRate",
                "Error budget burn on " + service, "5xx ratio above 1.44% for 1h", Severity.CRITICAL, "page", null,
                null, null, Instant.now().minusSeconds(60), null, null, null,
                Map.of("service", service, "alertname", "HighErrorRate"), Map.of());
    }

    private static void publish(AlertSignalReceived signal) throws Exception {
        publishRaw(signal.serviceKey(), json.writeValueAsString(signal));
    }

    private static void publishRaw(String key, String payload) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, key, payload);
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private HttpResponse<String> send(String token, String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String service(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
