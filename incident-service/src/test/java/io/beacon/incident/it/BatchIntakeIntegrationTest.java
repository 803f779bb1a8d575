package io.beacon.incident.it;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Topics;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import io.beacon.incident.api.AttachSignals;
import io.beacon.incident.api.CorrelateSignal;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake takes a whole Kafka poll at a time, a service's signals in one command. Here a backlog waits while the
 * intake is stopped, then comes in as one poll: one service's incident resolves when its alerts resolve and its alert
 * fires again within the same poll (a second incident for the signals after it); another service's signals share
 * their poll with one that fails permanently in this instance (a fault injected where commands are handled), which
 * alone is parked while the signals before and after it land, each once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BatchIntakeIntegrationTest.Poison.class)
class BatchIntakeIntegrationTest {

    static final String POISON = "PayrollPoison";

    /** Taking in an alert named {@link #POISON} fails as invalid data or a bug would, here only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Poison {
        record PoisonedAlerts() {
        }

        @Bean
        PoisonedAlerts poisonedAlerts(CommandBus commands) {
            commands.registerHandlerInterceptor((unitOfWork, chain) -> {
                Object payload = unitOfWork.getMessage().getPayload();
                boolean poisoned = payload instanceof CorrelateSignal c && POISON.equals(c.signal().alertName())
                        || payload instanceof AttachSignals a
                        && a.signals().stream().anyMatch(signal -> POISON.equals(signal.alertName()));
                if (poisoned) {
                    throw new IllegalArgumentException("poison: " + POISON + " cannot be taken in");
                }
                return chain.proceed();
            });
            return new PoisonedAlerts();
        }
    }

    static final String MANAGER = "batch-manager-token";
    static final SlackStandIn slack = SlackStandIn.start().withUser("oncall@example.com", "U0SRE");
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();
    static final KafkaProducer<String, String> producer = producer();

    @LocalServerPort
    int port;
    @Autowired
    BindingsLifecycleController bindings;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_batch_intake").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:batch-oncall.yml");
        registry.add("beacon.api.tokens", () -> "max:manager:" + MANAGER);
        // its own dead-letter topic: the record parked here is not one for other tests' replays
        registry.add("spring.cloud.stream.kafka.bindings.alertSignals-in-0.consumer.dlq-name",
                () -> "beacon.alert-signals.v1.incident-service.dlq.batch-test-" + ProcessHandle.current().pid());
    }

    @AfterAll
    static void stop() {
        slack.close();
        producer.close();
    }

    @Test
    void aBacklogTakenAsOnePollResolvesReopensAndParksOnlyTheRecordThatFails() throws Exception {
        String payroll = "payroll-" + UUID.randomUUID().toString().substring(0, 8);
        String ledger = onTheSamePartitionAs(payroll, "ledger-");
        bindings.stop("signalFastLane-in-0");
        bindings.stop("alertSignals-in-0");
        try {
            // one partition, so one poll; the poisoned record comes before the ledger's, whose resolution and new
            // outage are taken in the same poll and must not be taken again when the poll comes again after it
            AlertSignalReceived errors = AlertSignals.firing(ledger, "LedgerErrors", "aaaa0000bbbb1111");
            AlertSignalReceived latency = AlertSignals.firing(ledger, "LedgerLatency", "aaaa0000bbbb2222");
            publish(AlertSignals.firing(payroll, "PayrollErrors", "cccc0000dddd1111"));
            publish(AlertSignals.firing(payroll, POISON, "cccc0000dddd9999"));
            publish(errors);
            publish(latency);
            publish(AlertSignals.resolved(errors));
            publish(AlertSignals.firing(payroll, "PayrollLatency", "cccc0000dddd2222"));
            publish(AlertSignals.resolved(latency)); // every alert resolved: the ledger's incident resolves
            publish(AlertSignals.refired(errors, Instant.now())); // a new outage, in the same poll
            publish(AlertSignals.firing(payroll, "PayrollSaturation", "cccc0000dddd3333"));
            publish(AlertSignals.firing(ledger, "LedgerQueue", "aaaa0000bbbb3333"));
        } finally {
            bindings.start("alertSignals-in-0");
        }
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<JsonNode> ledgers = incidents(ledger);
                assertThat(ledgers).hasSize(2);
                assertThat(ledgers.get(0).get("status").asString()).isEqualTo("RESOLVED");
                assertThat(ledgers.get(0).get("signalCount").asInt()).isEqualTo(4);
                assertThat(ledgers.get(1).get("status").asString()).isNotEqualTo("RESOLVED");
                assertThat(ledgers.get(1).get("signalCount").asInt())
                        .as(() -> "the second incident's timeline: " + timeline(ledgers.get(1))).isEqualTo(2);
                assertThat(incidents(payroll)).singleElement()
                        .satisfies(incident -> assertThat(incident.get("signalCount").asInt()).isEqualTo(3));
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(parked()).as("only the poisoned record of these two services is parked")
                            .filteredOn(record -> List.of(payroll, ledger).contains(record.get("key").asString()))
                            .singleElement()
                            .satisfies(record -> {
                                assertThat(record.get("key").asString()).isEqualTo(payroll);
                                assertThat(record.get("payloadPreview").asString()).contains(POISON);
                            }));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(intakeLag())
                    .as("every record committed, the parked one included: none is taken again after a restart")
                    .isZero());
            String reopened = incidents(ledger).get(1).get("id").asString();
            assertThat(signalTexts(reopened)).singleElement().asString().startsWith("FIRING LedgerQueue");
        } finally {
            bindings.start("signalFastLane-in-0");
        }
    }

    private List<JsonNode> incidents(String service) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get("/api/incidents?service=" + service).forEach(result::add);
        result.sort(Comparator.comparing(incident -> Instant.parse(incident.get("declaredAt").asString())));
        return result;
    }

    private String timeline(JsonNode incident) {
        try {
            return get("/api/incidents/" + incident.get("id").asString() + "/timeline").toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The texts of the incident's SIGNAL entries (its trigger is on its DECLARED entry). */
    private List<String> signalTexts(String incidentId) throws Exception {
        List<String> texts = new ArrayList<>();
        for (JsonNode entry : get("/api/incidents/" + incidentId + "/timeline")) {
            if ("SIGNAL".equals(entry.get("kind").asString())) {
                texts.add(entry.get("detail").asString());
            }
        }
        return texts;
    }

    private List<JsonNode> parked() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/admin/intake-dead-letters?limit=1000"))
                .header("Authorization", "Bearer " + MANAGER).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        json.readTree(response.body()).get("records").forEach(records::add);
        return records;
    }

    /** A service name starting with {@code prefix} whose signals share a partition with {@code service}'s. */
    private static String onTheSamePartitionAs(String service, String prefix) {
        int partitions = producer.partitionsFor(Topics.ALERT_SIGNALS).size();
        while (true) {
            String candidate = prefix + UUID.randomUUID().toString().substring(0, 8);
            if (partitionOf(candidate, partitions) == partitionOf(service, partitions)) {
                return candidate;
            }
        }
    }

    /** Kafka's default partitioner for a keyed record. */
    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Records on the alert-signal topic the intake's consumer group has not committed. */
    private static long intakeLag() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("incident-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.ALERT_SIGNALS))
                    .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            System.out.println("intake lag " + lag + " committed " + committed);
            return lag;
        }
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static void publish(AlertSignalReceived signal) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.serviceKey(),
                json.writeValueAsString(signal));
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
