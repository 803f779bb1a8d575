package io.beacon.postmortem.deadletter;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.StatusLabel;
import io.beacon.contracts.Topics;
import io.beacon.deadletter.DeadLetterConfiguration;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A postmortem whose draft can't be projected is parked in {@code postmortem-view}'s dead-letter queue while other
 * postmortems still reach the view through the same processor; managers see it (admin API, health, gauge) and, after
 * the fix, one retry request projects it and empties the queue. Real PostgreSQL and Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=alice:responder:alice-token,bob:manager:bob-token",
        // its own consumer group: another test class's context may still be consuming with the service's group
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=postmortem-dead-letters-it"})
@Import(PostmortemDeadLettersIntegrationTest.Poison.class)
class PostmortemDeadLettersIntegrationTest {

    static final String GROUP = "postmortem-view";
    static final JsonMapper json = JsonMapper.builder().build();
    static final KafkaProducer<String, String> producer = producer();
    static final HttpClient http = HttpClient.newHttpClient();
    static final Instant DECLARED = Instant.parse("2026-11-23T03:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Poison {
        @Bean
        PoisonedDrafts poisonedDrafts() {
            return new PoisonedDrafts();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PoisonedDrafts poison;
    @Autowired
    @Qualifier(DeadLetterConfiguration.HEALTH)
    HealthIndicator health;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_dead_letters_it").register(registry);
        TestKafka.register(registry);
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aPoisonedPostmortemIsParkedOthersFlowOnAndOneRetryAfterTheFixProjectsIt() throws Exception {
        String poisonedService = "poisoned-" + UUID.randomUUID().toString().substring(0, 8);
        poison.poisonedServices.add(poisonedService);
        String poisoned = "postmortem-" + resolve(poisonedService);
        // four: with two segments, some share the poisoned postmortem's segment (stalled there without the queue)
        List<String> healthy = List.of("postmortem-" + resolve("healthy-a"), "postmortem-" + resolve("healthy-b"),
                "postmortem-" + resolve("healthy-c"), "postmortem-" + resolve("healthy-d"));

        for (String id : healthy) {
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/postmortems/" + id, null).statusCode() == 200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> !parkedOf(poisoned).isEmpty());
        assertThat(get("/api/postmortems/" + poisoned, null).statusCode()).as("not in the view while parked")
                .isEqualTo(404);
        JsonNode letter = parkedOf(poisoned).getFirst();
        assertThat(letter.get("eventType").asString()).isEqualTo("PostmortemDrafted");
        assertThat(letter.get("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.get("causeMessage").asString()).contains("poison");
        long parked = group().get("count").asLong();
        assertThat(((Map<?, ?>) health.health().getDetails().get("groups")).get(GROUP)).isEqualTo(parked);
        assertThat(meters.get(DeadLetterConfiguration.METRIC).tag("group", GROUP).gauge().value())
                .isEqualTo((double) parked);
        List<String> groups = new ArrayList<>();
        json.readTree(get("/api/admin/dead-letters", "bob-token").body())
                .forEach(g -> groups.add(g.get("group").asString()));
        assertThat(groups).containsExactlyInAnyOrder("postmortem-view", "postmortem-slack", "action-item-view",
                "postmortem-events-publisher");
        assertThat(get("/api/admin/dead-letters", "alice-token").statusCode()).isEqualTo(403);
        assertThat(post("/api/admin/dead-letters/" + GROUP + "/retry", "alice-token").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = post("/api/admin/dead-letters/no-such-group/retry", "bob-token");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        poison.poisonedServices.remove(poisonedService);
        HttpResponse<String> retried = post("/api/admin/dead-letters/" + GROUP + "/retry", "bob-token");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json.readTree(retried.body()).get("lettersStillParked").asLong()).isZero();
        assertThat(get("/api/postmortems/" + poisoned, null).statusCode()).isEqualTo(200);
        assertThat(group().get("count").asLong()).isZero();
        assertThat(meters.get(DeadLetterConfiguration.METRIC).tag("group", GROUP).gauge().value()).isZero();
        System.out.printf("postmortem-view: %d letter(s) parked for %s while %d other postmortems flowed on; "
                + "one retry after the fix: %s%n", parked, poisoned, healthy.size(), retried.body());
    }

    private JsonNode group() throws Exception {
        HttpResponse<String> response = get("/api/admin/dead-letters/" + GROUP, "bob-token");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private List<JsonNode> parkedOf(String postmortemId) throws Exception {
        List<JsonNode> letters = new ArrayList<>();
        group().get("letters").forEach(letter -> {
            if (postmortemId.equals(letter.get("sequenceId").asString())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    /** Publishes a SEV1 resolution (a postmortem is mandatory) of a new incident of the service; its incident id. */
    private static String resolve(String service) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        IncidentResolved resolved = new IncidentResolved(UUID.randomUUID(), at(3600), 2, incidentId, service,
                "INC-11", 11, "Writes failing", IncidentSeverity.SEV1, "U0CAROL", "Rolled back", "U0CAROL", DECLARED,
                at(90), at(600), at(3600), Duration.ofSeconds(90), Duration.ofSeconds(600), Duration.ofSeconds(3600),
                List.of(new IncidentResolved.Signal("WriteErrors", SignalStatus.FIRING, "alertmanager",
                        DECLARED.minusSeconds(30), "Writes fail")),
                List.of(new IncidentResolved.StatusUpdate(1, StatusLabel.IDENTIFIED, "A bad deploy", "5%",
                        "U0CAROL", at(300))));
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS, resolved.partitionKey(),
                json.writeValueAsString(resolved));
        record.headers().add(Topics.EVENT_TYPE_HEADER, resolved.eventType().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
        return incidentId;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Instant at(long secondsAfterDeclared) {
        return DECLARED.plusSeconds(secondsAfterDeclared);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
