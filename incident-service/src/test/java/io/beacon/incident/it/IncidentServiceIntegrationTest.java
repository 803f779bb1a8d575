package io.beacon.incident.it;

import io.beacon.eventstore.IndexOrderedJpaEventStorageEngine;
import io.beacon.eventstore.WakingEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import io.beacon.contracts.EventTypes;
import io.beacon.contracts.Topics;
import io.beacon.contracts.AlertSignalReceived;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * incident-service against a real Kafka broker, a real PostgreSQL and the Slack stand-in: signals in, incidents,
 * pages and integration events out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentServiceIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start().withUser("oncall@example.com", "U0SRE");
    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newHttpClient();
    static final KafkaProducer<String, String> producer = producer();
    static final String RESPONDER_TOKEN = "it-responder-token";

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
        registry.add("beacon.api.tokens", () -> "U0SRE:responder:" + RESPONDER_TOKEN);
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    /** Axon's own engine sorts an incident's remaining events for every batch on H2 (EventStreamReadsOnH2Test). */
    /**
     * Axon's handler timeouts capture the thread's stack for every handler call (application.yml, axon.timeout): off.
     * Neither the handler wrapper nor its janitor is wired.
     */
    @Test
    void noHandlerCallIsWrappedInAxonsTimeLimitedTask() {
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getBeanNamesForType(TimeoutProperties.class)).isEmpty();
    }

    /** The newest 1,000 events in memory for the processors at the head, not Axon's 10,000 (EventStoreConfiguration). */
    @Test
    void theEventStoreKeepsAThousandEventsInMemory() {
        assertThat(context.getBean(WakingEventStore.class).cachedEvents()).isEqualTo(1000);
    }

    @Test
    void theEventStoreReadsAnIncidentsStreamInItsIndexOrder() {
        assertThat(eventStorageEngine).isInstanceOf(IndexOrderedJpaEventStorageEngine.class);
    }

    @Test
    void aFiringSloAlertOpensOneIncidentAndPagesTheOnCallEngineerInSlack() throws Exception {
        AlertSignalReceived signal = AlertSignals.firing("checkout-api", "CheckoutErrorBudgetBurn", "a1b2c3d4e5f60718");
        publish(signal);

        JsonNode incident = awaitIncidents("checkout-api", 1).get(0);
        assertThat(incident.get("severity").asString()).isEqualTo("SEV1");
        assertThat(incident.get("reference").asString()).matches("INC-\\d+");
        assertThat(incident.get("status").asString()).isEqualTo("TRIGGERED");
        assertThat(incident.get("title").asString()).isEqualTo("Error budget burn <!channel> on checkout-api");
        assertThat(incident.get("declaredAt").asString()).isNotBlank();

        String incidentId = incident.get("id").asString();
        await().untilAsserted(() -> assertThat(pagesFor(incidentId)).hasSize(1));
        SlackStandIn.Call page = pagesFor(incidentId).get(0);
        assertThat(page.param("channel")).isEqualTo("C0PAYMENTS");
        assertThat(page.authorization()).isEqualTo("Bearer xoxb-test-token");
        String blocks = page.blocksJson();
        assertThat(blocks).contains("<@U0ALICE>").contains("14.4").contains("requests-availability")
                .contains("https://runbooks.example.com/checkout-api").contains("incident_acknowledge");
        assertThat(page.mrkdwnTexts()).isNotEmpty().noneMatch(text -> text.contains("<!channel>"));

        await().untilAsserted(() -> assertThat(incidentById(incidentId).get("pagedResponder").asString())
                .isEqualTo("U0ALICE"));
        await().untilAsserted(() -> assertThat(timelineKinds(incidentId))
                .containsExactly("DECLARED", "PAGED", "PAGE_DELIVERED"));
    }

    @Test
    void resendsAndRedeliveriesOfTheSameAlertNeverOpenASecondIncident() throws Exception {
        AlertSignalReceived signal = AlertSignals.firing("cart-api", "CartErrorBudgetBurn", "0000aaaa1111bbbb");
        publish(signal);
        publish(AlertSignals.resent(signal));
        publish(signal);
        AlertSignalReceived other = AlertSignals.firing("cart-api", "CartLatencyBudgetBurn", "2222cccc3333dddd");
        publish(other);

        await().untilAsserted(() -> {
            List<JsonNode> incidents = incidents("cart-api");
            assertThat(incidents).hasSize(1);
            assertThat(incidents.get(0).get("signalCount").asInt()).isEqualTo(2);
        });
        String incidentId = incidents("cart-api").get(0).get("id").asString();
        await().untilAsserted(() -> assertThat(pagesFor(incidentId)).hasSize(1));
        await().untilAsserted(() -> assertThat(timelineKinds(incidentId))
                .containsExactlyInAnyOrder("DECLARED", "SIGNAL", "PAGED", "PAGE_DELIVERED"));
        assertThat(incidents("cart-api")).hasSize(1);
    }

    @Test
    void anotherServiceGetsItsOwnIncidentAndUnknownServicesPageTheDefaultTeam() throws Exception {
        publish(AlertSignals.firing("search-api", "SearchErrorBudgetBurn", "4444eeee5555ffff"));

        JsonNode incident = awaitIncidents("search-api", 1).get(0);
        String incidentId = incident.get("id").asString();
        await().untilAsserted(() -> assertThat(pagesFor(incidentId)).hasSize(1));
        SlackStandIn.Call page = pagesFor(incidentId).get(0);
        assertThat(page.param("channel")).isEqualTo("C0SRE");
        assertThat(page.blocksJson()).contains("<@U0SRE>");
    }

    @Test
    void twoSignalsForTheSameServiceAtTheSameMomentMakeOneIncident() throws Exception {
        String service = "race-api-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AlertSignal signal = signal("RaceAlert" + i, String.format("%016x", i));
            Callable<String> correlate = () -> {
                start.await();
                return commands.sendAndWait(CorrelateSignal.forService(service, signal));
            };
            results.add(pool.submit(correlate));
        }
        start.countDown();
        Set<String> incidentIds = new java.util.HashSet<>();
        for (Future<String> result : results) {
            incidentIds.add(result.get());
        }
        pool.shutdown();
        assertThat(incidentIds).hasSize(1);
        awaitIncidents(service, 1);
    }

    @Test
    void acknowledgingStopsThePageAndTellsOtherServices() throws Exception {
        publish(AlertSignals.firing("payments-api", "PaymentsErrorBudgetBurn", "6666aaaa7777bbbb"));
        String incidentId = awaitIncidents("payments-api", 1).get(0).get("id").asString();
        await().untilAsserted(() -> assertThat(pagesFor(incidentId)).hasSize(1));

        HttpResponse<String> ack = http.send(HttpRequest.newBuilder(url("/api/incidents/" + incidentId + "/acknowledgement"))
                .header("Authorization", "Bearer " + RESPONDER_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(incidentById(incidentId).get("status").asString())
                .isEqualTo("ACKNOWLEDGED"));
        await().untilAsserted(() -> assertThat(slack.calls("chat.update")).anySatisfy(update ->
                assertThat(update.blocksJson()).contains("Acknowledged").doesNotContain("incident_acknowledge")));
        assertThat(incidentEventTypesOnKafka(incidentId)).contains(EventTypes.INCIDENT_DECLARED,
                EventTypes.INCIDENT_ACKNOWLEDGED);
    }

    @Test
    void aLongTimelineComesInPagesEachLinkingTheNext() throws Exception {
        for (int i = 0; i < 12; i++) {
            publish(AlertSignals.firing("ledger-api", "LedgerBurn" + i, String.format("feed%012x", i)));
        }
        await().untilAsserted(() -> assertThat(incidents("ledger-api")).singleElement()
                .satisfies(incident -> assertThat(incident.get("signalCount").asInt()).isEqualTo(12)));
        String incidentId = incidents("ledger-api").get(0).get("id").asString();
        await().untilAsserted(() -> assertThat(timelineKinds(incidentId)).contains("PAGE_DELIVERED"));
        List<JsonNode> whole = new ArrayList<>();
        get("/api/incidents/" + incidentId + "/timeline").forEach(whole::add);

        List<JsonNode> paged = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "/api/incidents/" + incidentId + "/timeline?limit=5";
        while (next != null) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(next.startsWith("http") ? URI.create(next)
                    : url(next)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode entries = json.readTree(page.body());
            pageSizes.add(entries.size());
            entries.forEach(paged::add);
            next = page.headers().firstValue("Link")
                    .map(link -> link.replaceFirst("^<([^>]+)>; rel=\"next\"$", "$1")).orElse(null);
        }

        assertThat(whole).hasSize(14);
        assertThat(pageSizes).containsExactly(5, 5, 4);
        assertThat(paged).isEqualTo(whole);
        assertThat(paged).extracting(entry -> entry.get("sequence").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 14).boxed().toList());
        assertThat(get("/api/incidents/" + incidentId + "/timeline?after=13")).isEmpty();
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
                url("/api/incidents/" + incidentId + "/timeline?after=-1&limit=1001")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("after").contains("limit");
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                url("/api/incidents/nope/timeline?after=3")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void unknownIncidentsAnswerProblemDetails() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/incidents/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("nope");
    }

    @Test
    void acknowledgingSomethingThatIsNoIncidentAnswers404AndWritesNothing() throws Exception {
        publish(AlertSignals.firing("orders-api", "OrdersErrorBudgetBurn", "8888aaaa9999bbbb"));
        awaitIncidents("orders-api", 1);
        String correlationId = CorrelateSignal.correlationIdOf("orders-api");
        Integer eventsBefore = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, correlationId);

        for (String notAnIncident : List.of("no-such-incident", correlationId)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            url("/api/incidents/" + notAnIncident + "/acknowledgement"))
                    .header("Authorization", "Bearer " + RESPONDER_TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(notAnIncident).isEqualTo(404);
            assertThat(json.readTree(response.body()).get("detail").asString()).contains(notAnIncident);
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, correlationId)).isEqualTo(eventsBefore);
    }

    @Test
    void eventPayloadsAreStoredAsByteaNotLargeObjects() {
        List<String> types = jdbc.queryForList("""
                select data_type from information_schema.columns
                where table_name in ('domain_event_entry', 'token_entry') and column_name in ('payload', 'meta_data', 'token')
                """, String.class);
        assertThat(types).isNotEmpty().containsOnly("bytea");
    }

    private AlertSignal signal(String alertName, String fingerprint) {
        return new AlertSignal("alertmanager", fingerprint, SignalStatus.FIRING, alertName, "Race", null,
                Severity.CRITICAL, "page", null, null, null, Instant.parse("2026-11-22T03:00:00Z"), null,
                Instant.now(), Map.of(), Map.of());
    }

    private List<SlackStandIn.Call> pagesFor(String incidentId) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":"));
    }

    private List<String> incidentEventTypesOnKafka(String incidentId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.INCIDENT_EVENTS));
            await().untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (incidentId.equals(record.key())) {
                        types.add(new String(record.headers().lastHeader(Topics.EVENT_TYPE_HEADER).value(),
                                StandardCharsets.UTF_8));
                    }
                }
                assertThat(types).contains(EventTypes.INCIDENT_ACKNOWLEDGED);
            });
        }
        return types;
    }

    private void publish(AlertSignalReceived signal) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.serviceKey(),
                json.writeValueAsString(signal));
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private List<JsonNode> awaitIncidents(String service, int count) throws Exception {
        await().untilAsserted(() -> assertThat(incidents(service)).hasSize(count));
        return incidents(service);
    }

    private List<JsonNode> incidents(String service) throws Exception {
        JsonNode body = get("/api/incidents?service=" + service);
        List<JsonNode> result = new ArrayList<>();
        body.forEach(result::add);
        return result;
    }

    private JsonNode incidentById(String id) throws Exception {
        return get("/api/incidents/" + id);
    }

    private List<String> timelineKinds(String id) throws Exception {
        List<String> kinds = new ArrayList<>();
        get("/api/incidents/" + id + "/timeline").forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
