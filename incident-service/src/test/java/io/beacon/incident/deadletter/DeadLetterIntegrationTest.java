package io.beacon.incident.deadletter;

import io.beacon.deadletter.DeadLetterConfiguration;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison event is parked with the rest of its incident while other incidents flow on, shows in the admin API,
 * health and gauge, and is processed by a retry once fixed; a transient failure is retried until it passes and never
 * parked. Real PostgreSQL (the JPA dead-letter queue on bytea) and Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DeadLetterIntegrationTest.PoisonGroup.class)
class DeadLetterIntegrationTest {

    static final String RESPONDER = "dl-responder-token";
    static final String MANAGER = "dl-manager-token";
    static final SlackStandIn slack = SlackStandIn.start();
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class PoisonGroup {
        @Bean
        PoisonHandler poisonHandler() {
            return new PoisonHandler();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PoisonHandler handler;
    @Autowired
    @Qualifier(DeadLetterConfiguration.HEALTH)
    HealthIndicator health;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_dead_letters").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
        registry.add("beacon.api.tokens", () -> "rita:responder:" + RESPONDER + ", max:manager:" + MANAGER);
        registry.add("axon.eventhandling.processors." + PoisonHandler.GROUP + ".mode", () -> "pooled");
        registry.add("axon.eventhandling.processors." + PoisonHandler.GROUP + ".initial-segment-count", () -> "2");
        registry.add("axon.eventhandling.processors." + PoisonHandler.GROUP + ".dlq.enabled", () -> "true");
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    void aPoisonEventIsParkedWithItsIncidentTheRestFlowsOnAndARetryAfterTheFixProcessesIt() throws Exception {
        String poisoned = service("poisoned");
        handler.poisonedServices.add(poisoned);
        String poisonedId = declare(poisoned);
        String healthyId = declare(service("healthy"));

        await().until(() -> handler.handledOf(healthyId).contains("IncidentDeclared"));
        await().until(() -> !parkedOf(poisonedId).isEmpty());
        acknowledge(poisonedId);
        acknowledge(healthyId);
        await().until(() -> handler.handledOf(healthyId).contains("IncidentAcknowledged"));
        await().until(() -> parkedOf(poisonedId).stream()
                .anyMatch(letter -> letter.get("eventType").asString().equals("IncidentAcknowledged")));
        assertThat(handler.handledOf(poisonedId)).isEmpty();

        List<JsonNode> parked = parkedOf(poisonedId);
        JsonNode first = parked.get(0);
        assertThat(first.get("eventType").asString()).isEqualTo("IncidentDeclared");
        assertThat(first.get("aggregateId").asString()).isEqualTo(poisonedId);
        assertThat(first.get("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.get("causeMessage").asString()).contains("poison");
        assertThat(first.get("enqueuedAt").asString()).isNotBlank();
        assertThat(first.get("retries").asInt()).isZero();
        // only the first letter carries the failure; the rest wait behind it
        assertThat(parked.subList(1, parked.size())).allSatisfy(letter -> assertThat(letter.get("causeType").isNull())
                .isTrue());
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(((Map<?, ?>) health.health().getDetails().get("groups")).get(PoisonHandler.GROUP))
                .isEqualTo((long) parked.size());
        assertThat(meters.get(DeadLetterConfiguration.METRIC).tag("group", PoisonHandler.GROUP).gauge().value())
                .isEqualTo(parked.size());

        JsonNode stillBroken = retry(PoisonHandler.GROUP);
        assertThat(stillBroken.get("sequencesProcessed").asInt()).isZero();
        assertThat(stillBroken.get("lettersStillParked").asLong()).isEqualTo(parked.size());
        assertThat(parkedOf(poisonedId).get(0).get("retries").asInt()).isEqualTo(1);
        assertThat(handler.handledOf(poisonedId)).isEmpty();

        handler.poisonedServices.remove(poisoned);
        JsonNode fixed = retry(PoisonHandler.GROUP);
        assertThat(fixed.get("sequencesProcessed").asInt()).isEqualTo(1);
        assertThat(fixed.get("lettersStillParked").asLong()).isZero();
        assertThat(parkedOf(poisonedId)).isEmpty();
        assertThat(handler.handledOf(poisonedId)).startsWith("IncidentDeclared").contains("IncidentAcknowledged");
        // the sequence is free again: later events of the incident flow live
        resolve(poisonedId);
        await().until(() -> handler.handledOf(poisonedId).contains("IncidentResolved"));
        assertThat(parkedOf(poisonedId)).isEmpty();
    }

    @Test
    void aTransientFailureIsRetriedWithBackOffUntilItPassesAndNeverParked() throws Exception {
        String flaky = service("flaky");
        handler.transientFailuresLeft.put(flaky, new AtomicInteger(2));
        String id = declare(flaky);

        await().until(() -> handler.handledOf(id).contains("IncidentDeclared"));
        assertThat(handler.attempts.get(flaky).get()).isEqualTo(3);
        assertThat(parkedOf(id)).isEmpty();
    }

    @Test
    void onlyManagersSeeOrRetryDeadLettersAndAnUnknownGroupIsAProblem() throws Exception {
        assertThat(send(RESPONDER, "GET", "/api/admin/dead-letters").statusCode()).isEqualTo(403);
        assertThat(send(RESPONDER, "POST", "/api/admin/dead-letters/paging/retry").statusCode()).isEqualTo(403);
        assertThat(send(null, "GET", "/api/admin/dead-letters").statusCode()).isEqualTo(401);

        HttpResponse<String> groups = send(MANAGER, "GET", "/api/admin/dead-letters");
        assertThat(groups.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        json.readTree(groups.body()).forEach(group -> names.add(group.get("group").asString()));
        assertThat(names).contains("incident-summary", "kafka-outbound", "paging", "service-release",
                "incident-channel", PoisonHandler.GROUP);

        HttpResponse<String> unknown = send(MANAGER, "POST", "/api/admin/dead-letters/no-such-group/retry");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(unknown.body()).get("type").asString())
                .isEqualTo("urn:beacon:problem:dead-letter-group-not-found");
        assertThat(send(MANAGER, "DELETE", "/api/admin/dead-letters/paging/no-such-letter").statusCode())
                .isEqualTo(404);
    }

    private List<JsonNode> parkedOf(String incidentId) throws Exception {
        HttpResponse<String> response = send(MANAGER, "GET", "/api/admin/dead-letters/" + PoisonHandler.GROUP);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        json.readTree(response.body()).get("letters").forEach(letter -> {
            if (letter.get("sequenceId").asString().equals(incidentId)) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private JsonNode retry(String group) throws Exception {
        HttpResponse<String> response = send(MANAGER, "POST", "/api/admin/dead-letters/" + group + "/retry");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String declare(String service) throws Exception {
        HttpResponse<String> response = send(RESPONDER, "POST", "/api/incidents", """
                {"service": "%s", "title": "Checkout fails for some cards", "severity": "SEV3"}""".formatted(service));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private void acknowledge(String id) throws Exception {
        HttpResponse<String> response = send(RESPONDER, "POST", "/api/incidents/" + id + "/acknowledgement");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void resolve(String id) throws Exception {
        HttpResponse<String> response = send(MANAGER, "POST", "/api/incidents/" + id + "/resolution",
                "{\"summary\": \"fixed\"}");
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }

    private HttpResponse<String> send(String token, String method, String path) throws Exception {
        return send(token, method, path, null);
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String service(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
