package io.beacon.postmortem.metrics;

import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.Topics;
import io.beacon.testkit.PrometheusScrape;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scrape a benchmark or Prometheus reads, over real HTTP without a token: after an incident event came in over
 * Kafka and the scheduler ran a task (the digest, every second here), the deadline-lag timer counts it with histogram
 * buckets and the incident-events consumer's lag is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beacon.postmortems.digest-cron=*/1 * * * * *")
class PrometheusEndpointIntegrationTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_metrics").register(registry);
        TestKafka.register(registry);
    }

    @Test
    void deadlineLagAndConsumerLagAreScrapedWithoutAToken() throws Exception {
        String incidentId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(new IncidentDeclared(UUID.randomUUID(), now, 2, incidentId, "metrics-api", "INC-77", 77,
                "Metrics budget burn", IncidentSeverity.SEV3, null, now));
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/incidents").contains(incidentId));
        Map<String, String> digest = Map.of("deadline", "weekly-manager-digest");

        PrometheusScrape scrape = await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusScrape.of(port),
                s -> s.timerCount("beacon_deadline_lag_seconds", digest) >= 1);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.bucketCount("beacon_deadline_lag_seconds", digest)).isGreaterThan(10);
        assertThat(scrape.series("kafka_consumer_fetch_manager_records_lag_max", Map.of()))
                .anySatisfy(lag -> assertThat(lag.labels().get("client_id")).contains("postmortem-service"));
        // and not the binder's own lag gauge, whose shutdown can deadlock (BinderLagMetricsOff)
        assertThat(scrape.series("spring_cloud_stream_binder_kafka_offset", Map.of())).isEmpty();
        System.out.printf("beacon.deadline.lag digest: count %.0f, sum %.3f s%n",
                scrape.timerCount("beacon_deadline_lag_seconds", digest),
                scrape.sum("beacon_deadline_lag_seconds_sum", digest));
    }

    @Test
    void nothingElseOfTheActuatorIsOpen() throws Exception {
        assertThat(status("/actuator/env")).isIn(401, 403, 404);
        assertThat(status("/actuator/heapdump")).isIn(401, 403, 404);
        assertThat(status("/actuator/health")).isEqualTo(200);
    }

    private String get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }

    private static void publish(IncidentDeclared event) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS,
                    event.partitionKey(), json.writeValueAsString(event));
            record.headers().add(Topics.EVENT_TYPE_HEADER, event.eventType().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
