package io.beacon.e2e;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.SloBreach;
import io.beacon.contracts.Topics;
import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page reaches Slack exactly once although incident-service is SIGKILLed with its {@code chat.postMessage} in
 * flight: after the outbox committed the row as SENDING, before the answer came back. The same jar is then started
 * again on the same database. Once the dead instance's claim expires, the worker must first look for the message in
 * the channel's history by its metadata key: found (Slack had it, only the answer was lost) means recorded as
 * delivered without a second post; not found (the call never got there) means posted once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlackDeliveredOnceAfterKillEndToEndTest {

    /** Short, so that recovery comes quickly; the page must be caught and the process killed well within it. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    /** How long no second post may appear once the worker has recovered the row. */
    private static final Duration QUIET_PERIOD = CLAIM_TIMEOUT.multipliedBy(2);
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static SlackStandIn slack;
    private static KafkaProducer<String, String> producer;
    private static ServiceProcess incidents;

    @BeforeAll
    static void startIncidentService() {
        slack = SlackStandIn.start().withUser("alice@example.com", "U0ALICE");
        String kafka = TestKafka.bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        TestPostgres.Database database = TestPostgres.newDatabase("e2e_killtest");
        incidents = E2eServices.start("incident-service", "incident-service-killed", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DATABASE_URL", database.jdbcUrl(),
                "DATABASE_USER", database.username(),
                "DATABASE_PASSWORD", database.password(),
                "SLACK_API_URL", slack.apiUrl(),
                "SLACK_BOT_TOKEN", "xoxb-e2e",
                "SLACK_SIGNING_SECRET", "e2e-signing-secret",
                "SLACK_DELIVERY_CLAIM_TIMEOUT", CLAIM_TIMEOUT.toSeconds() + "s",
                "BEACON_ONCALL_FILE", "file:" + E2eServices.resource("e2e-kill-oncall.yml").getAbsolutePath(),
                // a killed instance never leaves its consumer group: with Kafka's 45 s default session the restarted
                // one would wait that long for its partitions; 6 s is the broker's minimum
                "SPRING_APPLICATION_JSON", """
                        {"spring.cloud.stream.kafka.binder.consumer-properties":
                          {"session.timeout.ms": "6000", "heartbeat.interval.ms": "1000"}}"""));
        awaitReady(incidents);
    }

    @AfterAll
    static void stopEverything() {
        if (incidents != null) {
            incidents.close();
        }
        if (producer != null) {
            producer.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    @Order(1)
    void aPageSlackReceivedBeforeTheCrashIsFoundInHistoryAndNotPostedAgain() throws Exception {
        slack.holdResponses("chat.postMessage");
        publish(firing("checkout-api", "4f9c0a1b2c3d4e5f"));
        String key = awaitHeldPage("C0PAYMENTS");
        try {
            killAndRestartIncidentService();

            awaitRecovered(key);
            assertThat(posted(key).size()).as("posts of " + key + ": only the one before the crash").isEqualTo(1);
            assertThat(historyLookups("C0PAYMENTS")).as("recovery looked in the channel's history").isPositive();
        } finally {
            report("reached Slack, answer lost", key, "C0PAYMENTS");
        }
    }

    @Test
    @Order(2)
    void aPageLostOnItsWayToSlackIsPostedOnceAfterTheCrash() throws Exception {
        slack.holdAndForget("chat.postMessage");
        publish(firing("search-api", "1234123412341234"));
        // the restarted instance may first have to take over the dead one's partitions
        String key = awaitHeldPage("C0SRE");
        assertThat(posted(key).size()).as("posts of " + key + " before the crash").isZero();
        try {
            killAndRestartIncidentService();

            awaitRecovered(key);
            assertThat(posted(key).size()).as("posts of " + key + ": once, by the restarted instance").isEqualTo(1);
            assertThat(historyLookups("C0SRE")).as("recovery looked in the channel's history first").isPositive();
        } finally {
            report("never reached Slack", key, "C0SRE");
        }
    }

    /** Waits for the page's post to be held in flight, and answers its outbox key. */
    private static String awaitHeldPage(String channel) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(heldPages(channel)).as("a page held in flight").isNotEmpty());
        return key(heldPages(channel).get(0));
    }

    /** SIGKILL mid-call (well within the claim), let the held call go, then the same jar on the same database. */
    private static void killAndRestartIncidentService() {
        incidents.kill();
        slack.release();
        incidents = incidents.restart();
        awaitReady(incidents);
    }

    /**
     * Waits until the restarted instance has recorded the page as delivered (its claim expired and the worker took
     * the row over), then keeps watching for two more claim timeouts: no second post, one PAGE_DELIVERED.
     */
    private static void awaitRecovered(String key) {
        String incidentId = incidentId(key);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timelineKinds(incidentId)).contains("PAGE_DELIVERED"));
        await().during(QUIET_PERIOD).atMost(QUIET_PERIOD.plusSeconds(5)).untilAsserted(() -> {
            assertThat(posted(key).size()).as("posts carrying " + key).isLessThanOrEqualTo(1);
            assertThat(timelineKinds(incidentId)).as("timeline of " + incidentId)
                    .filteredOn("PAGE_DELIVERED"::equals).hasSize(1);
        });
    }

    /** One line per case: posts the service sent, posts Slack has, and what the timeline says. */
    private static void report(String scenario, String key, String channel) {
        Set<SlackStandIn.Call> sent = Collections.newSetFromMap(new IdentityHashMap<>());
        slack.held().stream().filter(call -> key.equals(key(call))).forEach(sent::add);
        sent.addAll(posted(key));
        long delivered;
        try {
            delivered = timelineKinds(incidentId(key)).stream().filter("PAGE_DELIVERED"::equals).count();
        } catch (Exception | AssertionError unreadable) {
            delivered = -1;
        }
        System.out.printf("[kill-test] %s: %s sent=%d recorded=%d duplicates=%d historyLookups=%d pageDelivered=%d%n",
                scenario, key, sent.size(), posted(key).size(), Math.max(0, posted(key).size() - 1),
                historyLookups(channel), delivered);
    }

    /** The posts Slack has, carrying the outbox's metadata key. */
    private static List<SlackStandIn.Call> posted(String key) {
        return slack.calls("chat.postMessage", call -> key.equals(key(call)));
    }

    /** Page keys are {@code page:<incidentId>:<step>}. */
    private static String incidentId(String pageKey) {
        return pageKey.split(":")[1];
    }

    private static int historyLookups(String channel) {
        return slack.calls("conversations.history", call -> channel.equals(call.param("channel"))).size();
    }

    private static List<SlackStandIn.Call> heldPages(String channel) {
        return slack.held().stream().filter(call -> channel.equals(call.param("channel")))
                .filter(call -> key(call) != null && key(call).startsWith("page:")).toList();
    }

    private static String key(SlackStandIn.Call call) {
        JsonNode metadata = call.metadata();
        return metadata == null || !"beacon_outbox".equals(metadata.path("event_type").asString(null)) ? null
                : metadata.path("event_payload").path("key").asString(null);
    }

    private static AlertSignalReceived firing(String service, String fingerprint) {
        String alert = "ErrorBudgetBurn";
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), AlertSignalReceived.SCHEMA_VERSION,
                "alertmanager", service, fingerprint, SignalStatus.FIRING, alert, "Error budget burn on " + service,
                "5xx ratio above 1.44% for 1h", Severity.CRITICAL, "page",
                new SloBreach("sloth", "requests-availability", 14.4, "1h", "5m", null),
                "https://runbooks.example.com/" + service, "http://prometheus:9090/graph", Instant.now(), null,
                "{}:{alertname=\"" + alert + "\", service=\"" + service + "\"}", "http://alertmanager:9093",
                Map.of("service", service, "alertname", alert, "sloth_severity", "page"),
                Map.of("summary", "Error budget burn on " + service));
    }

    private static void publish(AlertSignalReceived signal) throws Exception {
        var record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.partitionKey(), json.writeValueAsString(signal));
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private static List<String> timelineKinds(String incidentId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(incidents.url("/api/incidents/" + incidentId + "/timeline"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("timeline: " + response.body()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        json.readTree(response.body()).forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private static void awaitReady(ServiceProcess service) {
        service.awaitReady(Duration.ofSeconds(120));
    }
}
