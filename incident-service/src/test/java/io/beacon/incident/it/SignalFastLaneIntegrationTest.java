package io.beacon.incident.it;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Topics;
import io.beacon.testkit.SlackStandIn;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new outage pages even while the in-order intake is stuck behind a backlog: here it is stopped outright. The fast
 * lane opens the incident and Slack is paged; when the in-order intake comes back it takes every signal, the trigger
 * included, and the incident ends with each signal once, one page and no second incident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalFastLaneIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start().withUser("oncall@example.com", "U0SRE");
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();
    static final KafkaProducer<String, String> producer = producer();

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @LocalServerPort
    int port;
    @Autowired
    BindingsLifecycleController bindings;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_fast_lane").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
    }

    @AfterAll
    static void stop() {
        slack.close();
        producer.close();
    }

    @Test
    void aNewOutagePagesWhileTheInOrderIntakeIsStoppedAndEachSignalLandsOnce() throws Exception {
        bindings.stop("alertSignals-in-0");
        try {
            fastLaneIsReading();
            AlertSignalReceived first = AlertSignals.firing("inventory-api", "InventoryBurn", "1000aaaa2000bbbb");
            publish(first);
            publish(AlertSignals.firing("inventory-api", "InventoryLatencyBurn", "3000cccc4000dddd"));
            publish(AlertSignals.resent(first));

            await().untilAsserted(() -> assertThat(incidents("inventory-api")).singleElement()
                    .satisfies(incident -> assertThat(incident.get("signalCount").asInt()).isEqualTo(1)));
            String incidentId = incidents("inventory-api").get(0).get("id").asString();
            await().untilAsserted(() -> assertThat(pagesFor(incidentId)).hasSize(1));
        } finally {
            bindings.start("alertSignals-in-0");
        }

        await().untilAsserted(() -> assertThat(incidents("inventory-api")).singleElement()
                .satisfies(incident -> assertThat(incident.get("signalCount").asInt()).isEqualTo(2)));
        String incidentId = incidents("inventory-api").get(0).get("id").asString();
        await().untilAsserted(() -> assertThat(timelineKinds(incidentId)).contains("PAGE_DELIVERED"));
        assertThat(timelineKinds(incidentId)).filteredOn("SIGNAL"::equals).as("the second alert, once").hasSize(1);
        assertThat(incidents("inventory-api")).hasSize(1);
        assertThat(pagesFor(incidentId)).hasSize(1);
        assertThat(meters.counter("beacon.intake.fast_lane", "outcome", "opened").count()).isGreaterThanOrEqualTo(2);
    }

    /**
     * The fast lane's group starts at the topic's end once it has its partitions: until then a signal published is
     * not its to see. With the in-order intake stopped, a probe service's incident appears only when it reads.
     */
    private void fastLaneIsReading() {
        AtomicInteger probe = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            publish(AlertSignals.firing("fast-lane-probe", "Probe",
                    String.format("%016x", probe.incrementAndGet())));
            return !incidents("fast-lane-probe").isEmpty();
        });
    }

    private void publish(AlertSignalReceived signal) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.serviceKey(),
                json.writeValueAsString(signal));
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private List<JsonNode> incidents(String service) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get("/api/incidents?service=" + service).forEach(result::add);
        return result;
    }

    private List<String> timelineKinds(String id) throws Exception {
        List<String> kinds = new ArrayList<>();
        get("/api/incidents/" + id + "/timeline").forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private List<SlackStandIn.Call> pagesFor(String incidentId) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":"));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
