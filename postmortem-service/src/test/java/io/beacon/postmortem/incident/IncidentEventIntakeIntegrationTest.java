package io.beacon.postmortem.incident;

import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentCommanderAssigned;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentReopened;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** postmortem-service consumes incident-service's events from a real broker into a real PostgreSQL, once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IncidentEventIntakeIntegrationTest {

    static final JsonMapper json = JsonMapper.builder().build();
    static final KafkaProducer<String, String> producer = producer();
    static final Instant DECLARED = Instant.parse("2026-11-22T03:00:30Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_it").register(registry);
        TestKafka.register(registry);
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void incidentEventsAreAppliedOnceEvenWhenRedelivered() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        IncidentDeclared declared = new IncidentDeclared(UUID.randomUUID(), DECLARED, 2, incidentId, "checkout-api",
                "INC-7", 7, "Checkout error budget burn", IncidentSeverity.SEV2, null, DECLARED);
        IncidentAcknowledged acknowledged = new IncidentAcknowledged(UUID.randomUUID(), at(90), 2, incidentId,
                "checkout-api", "INC-7", 7, "U0ALICE", at(90));
        IncidentReopened reopened = new IncidentReopened(UUID.randomUUID(), at(600), 1, incidentId, "checkout-api",
                "INC-7", 7, "U0ALICE", "errors are back", at(600));
        IncidentCommanderAssigned last = new IncidentCommanderAssigned(UUID.randomUUID(), at(700), 1, incidentId,
                "checkout-api", "INC-7", 7, "U0CAROL", null, "U0ALICE", at(700));

        // every redelivery keeps its event id; reopening counts, so applying it twice would show
        send(declared, declared, acknowledged, acknowledged, reopened, reopened, last);

        JsonNode incident = awaitIncident(incidentId, node -> "U0CAROL".equals(text(node, "commander")));
        assertThat(incident.get("reopenCount").asInt()).as("a redelivered reopening applied once").isEqualTo(1);
        assertThat(text(incident, "acknowledgedBy")).isEqualTo("U0ALICE");
        assertThat(text(incident, "service")).isEqualTo("checkout-api");
        assertThat(text(incident, "severity")).isEqualTo("SEV2");
        assertThat(text(incident, "reference")).isEqualTo("INC-7");
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id in (?, ?, ?, ?)",
                Integer.class, declared.eventId(), acknowledged.eventId(), reopened.eventId(), last.eventId()))
                .isEqualTo(4);
    }

    @Test
    void anUnknownTypeIsSkippedWithAWarningAndTheNextEventStillApplies(CapturedOutput output) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        UUID unknownId = UUID.randomUUID();
        sendRaw(incidentId, "incident.teleported.v9",
                "{\"eventId\":\"" + unknownId + "\",\"incidentId\":\"" + incidentId + "\",\"to\":\"Mars\"}");
        send(new IncidentDeclared(UUID.randomUUID(), DECLARED, 2, incidentId, "search-api", "INC-8", 8,
                "Search latency budget burn", IncidentSeverity.SEV3, "U0DAVE", DECLARED));

        JsonNode incident = awaitIncident(incidentId, node -> node.get("declaredAt") != null
                && !node.get("declaredAt").isNull());
        assertThat(text(incident, "title")).isEqualTo("Search latency budget burn");
        assertThat(output.getAll()).containsPattern(
                "WARN .*Skipping event " + unknownId + " of unknown type incident.teleported.v9");
    }

    @Test
    void aResolvedIncidentIsStoredWithWhatItsPostmortemNeeds() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        IncidentResolved resolved = new IncidentResolved(UUID.randomUUID(), at(3600), 2, incidentId, "cart-api",
                "INC-9", 9, "Cart writes failing", IncidentSeverity.SEV1, "U0CAROL", "Rolled back", "U0CAROL",
                DECLARED, at(90), at(600), at(3600), Duration.ofSeconds(90), Duration.ofSeconds(600),
                Duration.ofSeconds(3600),
                List.of(new IncidentResolved.Signal("CartWriteErrors", SignalStatus.FIRING, "alertmanager",
                        DECLARED.minusSeconds(30), "Cart writes fail")),
                List.of(new IncidentResolved.StatusUpdate(1, StatusLabel.IDENTIFIED, "A bad deploy", "5% of carts",
                                "U0CAROL", at(300)),
                        new IncidentResolved.StatusUpdate(2, StatusLabel.MONITORING, "Rolled back", "None since",
                                "U0CAROL", at(600))));
        send(resolved, resolved);

        JsonNode incident = awaitIncident(incidentId, node -> text(node, "resolvedAt") != null);
        assertThat(Instant.parse(text(incident, "resolvedAt"))).isEqualTo(at(3600));
        assertThat(Instant.parse(text(incident, "mitigatedAt"))).isEqualTo(at(600));
        assertThat(Instant.parse(text(incident, "acknowledgedAt"))).isEqualTo(at(90));
        assertThat(Instant.parse(text(incident, "declaredAt"))).isEqualTo(DECLARED);
        assertThat(text(incident, "resolvedBy")).isEqualTo("U0CAROL");
        assertThat(text(incident, "commander")).isEqualTo("U0CAROL");
        assertThat(text(incident, "severity")).isEqualTo("SEV1");
        assertThat(text(incident, "resolutionSummary")).isEqualTo("Rolled back");
        assertThat(incident.get("signals")).hasSize(1);
        assertThat(text(incident.get("signals").get(0), "alertName")).isEqualTo("CartWriteErrors");
        assertThat(incident.get("statusUpdates")).hasSize(2);
        assertThat(text(incident.get("statusUpdates").get(1), "label")).isEqualTo("MONITORING");
        assertThat(text(incident.get("statusUpdates").get(0), "impact")).isEqualTo("5% of carts");
    }

    private JsonNode awaitIncident(String incidentId, java.util.function.Predicate<JsonNode> ready)
            throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode incident = find(incidentId);
            return incident != null && ready.test(incident);
        });
        return find(incidentId);
    }

    private JsonNode find(String incidentId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/incidents")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode node : json.readTree(response.body())) {
            if (incidentId.equals(node.get("incidentId").asString())) {
                return node;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static void send(IntegrationEvent... events) throws Exception {
        for (IntegrationEvent event : events) {
            sendRaw(event.partitionKey(), event.eventType(), json.writeValueAsString(event));
        }
    }

    private static void sendRaw(String key, String type, String payload) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS, key, payload);
        record.headers().add(Topics.EVENT_TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
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
