package io.beacon.postmortem.incident;

import io.beacon.contracts.IntegrationEvent;
import io.beacon.contracts.Topics;
import io.beacon.contracts.Severity;
import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** postmortem-service consumes incident-service's events from a real broker into a real PostgreSQL, once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentEventIntakeIntegrationTest {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_it").register(registry);
        TestKafka.register(registry);
    }

    @Test
    void incidentEventsAreRecordedOnceEvenWhenRedelivered() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        Instant declaredAt = Instant.parse("2026-11-22T03:00:30Z");
        IncidentDeclared declared = new IncidentDeclared(UUID.randomUUID(), declaredAt, 1, incidentId,
                "checkout-api", "Checkout error budget burn", Severity.CRITICAL, declaredAt);
        IncidentAcknowledged acknowledged = new IncidentAcknowledged(UUID.randomUUID(),
                declaredAt.plusSeconds(90), 1, incidentId, "checkout-api", "U0ALICE", declaredAt.plusSeconds(90));
        try (KafkaProducer<String, String> producer = producer()) {
            for (IntegrationEvent event : new IntegrationEvent[]{declared, declared, acknowledged, acknowledged}) {
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS,
                        event.partitionKey(), json.writeValueAsString(event));
                record.headers().add(Topics.EVENT_TYPE_HEADER,
                        event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode incident = find(incidentId);
            assertThat(incident).isNotNull();
            assertThat(incident.get("acknowledgedBy").asString()).isEqualTo("U0ALICE");
        });
        JsonNode incident = find(incidentId);
        assertThat(incident.get("service").asString()).isEqualTo("checkout-api");
        assertThat(incident.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id in (?, ?)",
                Integer.class, declared.eventId(), acknowledged.eventId())).isEqualTo(2);
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

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
