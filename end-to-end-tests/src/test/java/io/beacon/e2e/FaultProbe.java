package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the fault-injection tests send and read: Alertmanager webhooks with a marker per alert, the services' REST
 * answers, the Slack stand-in's pages and how many records a Kafka topic holds.
 */
final class FaultProbe {

    static final String GATEWAY_TOKEN = "e2e-fault-gateway-token";
    static final String MANAGER_TOKEN = "e2e-fault-manager-token";
    static final String API_TOKENS = "ops:manager:" + MANAGER_TOKEN;
    static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Instant EPISODE = Instant.parse("2026-11-23T00:00:00Z");

    private FaultProbe() {
    }

    /**
     * One firing alert for the service, as Alertmanager's webhook sends it. Each sequence number is its own firing
     * episode (its own start time), so every accepted alert must appear once on the service's incident timeline, found
     * by its marker {@code #seq-<n>} in the title.
     */
    static String firing(String service, long sequence) {
        String fingerprint = String.format("%016x", service.hashCode() & 0xffffffffL);
        String labels = """
                {"alertname": "ErrorBudgetBurn", "service": "%s", "sloth_service": "%s",
                 "sloth_slo": "requests-availability", "sloth_severity": "page"}""".formatted(service, service);
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"ErrorBudgetBurn\\", service=\\"%1$s\\"}",
                 "truncatedAlerts": 0, "status": "firing", "receiver": "beacon",
                 "groupLabels": {"alertname": "ErrorBudgetBurn", "service": "%1$s"},
                 "commonLabels": %2$s, "commonAnnotations": {}, "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "firing", "labels": %2$s,
                   "annotations": {"summary": "Error budget burn on %1$s %3$s", "title": "%1$s burning %3$s"},
                   "startsAt": "%4$s", "endsAt": "0001-01-01T00:00:00Z",
                   "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%5$s"}]}"""
                .formatted(service, labels, marker(sequence), EPISODE.plusSeconds(sequence), fingerprint);
    }

    static String marker(long sequence) {
        return "#seq-" + sequence + "#";
    }

    /** The status the gateway answered, or -1 when it could not be reached. */
    static int postWebhook(ServiceProcess gateway, String payload) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(gateway.url("/webhooks/alertmanager")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + GATEWAY_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static int resolve(ServiceProcess incidents, String incidentId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(incidents.url("/api/incidents/" + incidentId
                        + "/resolution")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + MANAGER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"fault test resolves it\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + MANAGER_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static List<JsonNode> list(String url) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get(url).forEach(result::add);
        return result;
    }

    /** Incident ids of the service, every status. */
    static List<String> incidentIds(ServiceProcess incidents, String service) throws Exception {
        return list(incidents.url("/api/incidents?service=" + service)).stream()
                .map(i -> i.get("id").asString()).toList();
    }

    /** The whole timeline, page after page (each page's Link header names the next), read as the fault suite's manager. */
    static List<JsonNode> timeline(ServiceProcess incidents, String incidentId) throws Exception {
        return timeline(incidents, incidentId, MANAGER_TOKEN);
    }

    /** The whole timeline, page after page; {@code bearer} null reads without a token (reads are open by default). */
    static List<JsonNode> timeline(ServiceProcess incidents, String incidentId, String bearer) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        String next = incidents.url("/api/incidents/" + incidentId + "/timeline?limit=1000");
        while (next != null) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(next)).timeout(Duration.ofSeconds(10));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> page = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(next + ": " + page.body()).isEqualTo(200);
            json.readTree(page.body()).forEach(entries::add);
            next = page.headers().firstValue("Link").map(FaultProbe::nextPage).orElse(null);
        }
        return entries;
    }

    private static String nextPage(String link) {
        Matcher next = NEXT_PAGE.matcher(link);
        return next.find() ? next.group(1) : null;
    }

    private static final Pattern NEXT_PAGE = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    /** Parked events over every processing group of incident-service. */
    static long parkedEvents(ServiceProcess incidents) throws Exception {
        return list(incidents.url("/api/admin/dead-letters")).stream().mapToLong(g -> g.get("count").asLong()).sum();
    }

    static int failedOutboxRows(ServiceProcess service) throws Exception {
        return list(service.url("/api/admin/slack-outbox?status=FAILED")).size();
    }

    /** Slack posts of a page: the outbox key in the message metadata is {@code page:<incidentId>:<step>}. */
    static List<SlackStandIn.Call> pages(SlackStandIn slack, String incidentId) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":"));
    }

    static List<SlackStandIn.Call> pages(SlackStandIn slack, String incidentId, int step) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":" + step + "\""));
    }

    /** How many records the topic holds (0 when it does not exist). */
    static long records(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
        }
    }

    static void awaitReady(ServiceProcess... services) {
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(180));
        }
    }
}
