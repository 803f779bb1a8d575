package io.beacon.postmortem.web;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.IntegrationEvent;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.StatusLabel;
import io.beacon.contracts.Topics;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resolution on the real broker drafts one postmortem (redelivered and resolved again after a reopen: still one)
 * in a real PostgreSQL; it is edited over HTTP with a token, refused publication with the blameless flags, and
 * published with an override that is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=alice:responder:alice-token,bob:manager:bob-token",
        // its own consumer group: another test class's context may still be consuming with the service's group
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=postmortem-api-it"})
class PostmortemApiIntegrationTest {

    static final JsonMapper json = JsonMapper.builder().build();
    static final KafkaProducer<String, String> producer = producer();
    static final Instant DECLARED = Instant.parse("2026-11-22T03:00:00Z");
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_api_it").register(registry);
        TestKafka.register(registry);
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aResolvedIncidentsPostmortemIsDraftedEditedRefusedForBlameAndPublishedWithAnOverride() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        IncidentResolved resolved = resolved(incidentId, UUID.randomUUID(), IncidentSeverity.SEV1);
        IncidentResolved afterReopen = resolved(incidentId, UUID.randomUUID(), IncidentSeverity.SEV2);
        send(resolved, resolved, afterReopen);

        JsonNode listed = await().atMost(Duration.ofSeconds(60)).until(() -> listed(incidentId), p -> p != null);
        String id = text(listed, "id");
        assertThat(id).isEqualTo("postmortem-" + incidentId);
        assertThat(text(listed, "status")).isEqualTo("DRAFT");
        assertThat(text(listed, "service")).isEqualTo("cart-api");
        assertThat(text(listed, "owner")).isEqualTo("U0CAROL");
        assertThat(text(listed, "reference")).isEqualTo("INC-9");
        assertThat(text(listed, "severity")).as("the first resolution's facts").isEqualTo("SEV1");
        assertThat(listed.get("mandatory").asBoolean()).isTrue();
        assertThat(Instant.parse(text(listed, "publishDueAt"))).isEqualTo(at(3600).plus(Duration.ofHours(72)));

        JsonNode full = get("/api/postmortems/" + id);
        assertThat(full.get("incident").get("statusUpdates")).hasSize(1);
        assertThat(full.get("incident").get("signals").get(0).get("alertName").asString())
                .isEqualTo("CartWriteErrors");
        assertThat(text(full.get("incident"), "timeToResolve")).isNotNull();

        String edit = "{\"summary\":\"Cart writes failed for an hour\",\"contributingFactors\":"
                + "[\"Why? <@U0BOB> forgot to set a lock timeout\",\"Why? Migrations have no default timeout\"]}";
        assertThat(send("PATCH", "/api/postmortems/" + id, edit, null).statusCode()).isEqualTo(401);
        assertThat(send("PATCH", "/api/postmortems/" + id, edit, "alice-token").statusCode()).isEqualTo(204);

        HttpResponse<String> refused = send("POST", "/api/postmortems/" + id + "/publication", "{}", "bob-token");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        List<String> matched = new ArrayList<>();
        problem.get("flags").forEach(flag -> matched.add(flag.get("matched").asString()));
        assertThat(matched).containsExactly("forgot to", "<@U0BOB>");
        assertThat(text(problem.get("flags").get(0), "section")).isEqualTo("contributingFactors[0]");

        HttpResponse<String> published = send("POST", "/api/postmortems/" + id + "/publication",
                "{\"override\":\"The team agreed the wording\"}", "bob-token");
        assertThat(published.statusCode()).isEqualTo(200);

        JsonNode after = await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/postmortems/" + id), p -> "PUBLISHED".equals(text(p, "status")));
        assertThat(text(after.get("sections"), "summary")).isEqualTo("Cart writes failed for an hour");
        assertThat(text(after.get("edits").get(0), "author")).isEqualTo("alice");
        JsonNode publication = after.get("publication");
        assertThat(text(publication, "publishedBy")).isEqualTo("bob");
        assertThat(text(publication, "overrideReason")).isEqualTo("The team agreed the wording");
        assertThat(publication.get("overriddenFlags")).hasSize(2);
        assertThat(count(incidentId)).as("one postmortem per incident").isEqualTo(1);

        assertThat(send("GET", "/api/postmortems/postmortem-nope", null, null).statusCode()).isEqualTo(404);
        assertThat(send("PATCH", "/api/postmortems/postmortem-nope", edit, "alice-token").statusCode())
                .isEqualTo(404);
    }

    private JsonNode listed(String incidentId) throws Exception {
        for (JsonNode node : get("/api/postmortems")) {
            if (incidentId.equals(text(node, "incidentId"))) {
                return node;
            }
        }
        return null;
    }

    private long count(String incidentId) throws Exception {
        long n = 0;
        for (JsonNode node : get("/api/postmortems")) {
            n += incidentId.equals(text(node, "incidentId")) ? 1 : 0;
        }
        return n;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static IncidentResolved resolved(String incidentId, UUID eventId, IncidentSeverity severity) {
        return new IncidentResolved(eventId, at(3600), 2, incidentId, "cart-api", "INC-9", 9, "Cart writes failing",
                severity, "U0CAROL", "Rolled back", "U0CAROL", DECLARED, at(90), at(600), at(3600),
                Duration.ofSeconds(90), Duration.ofSeconds(600), Duration.ofSeconds(3600),
                List.of(new IncidentResolved.Signal("CartWriteErrors", SignalStatus.FIRING, "alertmanager",
                        DECLARED.minusSeconds(30), "Cart writes fail")),
                List.of(new IncidentResolved.StatusUpdate(1, StatusLabel.IDENTIFIED, "A bad deploy", "5% of carts",
                        "U0CAROL", at(300))));
    }

    private static void send(IntegrationEvent... events) throws Exception {
        for (IntegrationEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS,
                    event.partitionKey(), json.writeValueAsString(event));
            record.headers().add(Topics.EVENT_TYPE_HEADER, event.eventType().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
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
