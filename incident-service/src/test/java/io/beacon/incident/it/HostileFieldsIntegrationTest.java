package io.beacon.incident.it;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.SloBreach;
import io.beacon.contracts.Topics;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert signal whose every text field is 10,000 chars of mentions, links, entities, emoji, RTL text, combining
 * marks and NULs, with 1,000 labels, straight onto Kafka (so incident-service defends itself, not only behind the
 * gateway's cuts): the incident opens, the signal is on its timeline, the page reaches Slack with every text escaped
 * and every block within Slack's limits, every column within its limit, and the next signal still flows.
 */
class HostileFieldsIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileTextIsBoundedEscapedAndProcessedAndNothingStalls() throws Exception {
        String marker = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        AlertSignalReceived first = hostile(marker, "0001");
        try (KafkaProducer<String, String> producer = producer()) {
            int bytes = publish(producer, first);
            publish(producer, hostile(marker, "0002"));

            String incidentId = await().until(() -> jdbc.queryForList(
                    "select incident_id from incident_summary where service like ?", String.class, marker + "%"),
                    ids -> ids.size() == 1).get(0);
            await().untilAsserted(() -> assertThat(responder.timeline(incidentId))
                    .anyMatch(line -> line.startsWith("DECLARED")).anyMatch(line -> line.startsWith("SIGNAL"))
                    .anyMatch(line -> line.startsWith("PAGE_DELIVERED")));
            List<SlackStandIn.Call> calls = await().until(() -> callsAbout(incidentId), found -> found.stream()
                    .anyMatch(call -> call.method().equals("chat.postMessage")));

            int texts = 0;
            for (SlackStandIn.Call call : calls) {
                texts += assertSafe(call);
            }
            Map<String, Integer> longest = longestColumns(incidentId);
            // the read model follows the event stream: wait for it to count both signals
            JsonNode incident = await().until(() -> responder.read("/api/incidents/" + incidentId),
                    read -> read.get("signalCount").asInt() == 2);

            String next = "after-" + marker;
            publish(producer, AlertSignals.firing(next, "AfterHostile", "00000000feedf00d"));
            String nextId = await().until(() -> jdbc.queryForList(
                    "select incident_id from incident_summary where service = ?", String.class, next),
                    ids -> ids.size() == 1).get(0);
            await().until(() -> !callsAbout(nextId).isEmpty());

            System.out.printf("hostile fields: a %,d-byte signal (%d labels, %,d-char fields) opened %s; %d Slack calls,"
                            + " %d texts checked, none mentions or links; longest columns %s; next incident paged%n",
                    bytes, first.labels().size(), first.title().length(), incident.get("reference").asString(),
                    calls.size(), texts, longest);
            assertThat(incident.get("signalCount").asInt()).isEqualTo(2);
        }
    }

    /** Every text of the call escaped and within Slack's limits; how many texts were checked. */
    private static int assertSafe(SlackStandIn.Call call) {
        List<String> texts = new ArrayList<>();
        String text = call.param("text");
        if (text != null) {
            assertThat(text.length()).as("message text").isLessThanOrEqualTo(40_000);
            texts.add(text);
        }
        JsonNode blocks = call.blocks();
        if (blocks != null) {
            assertThat(blocks.size()).as("blocks").isLessThanOrEqualTo(50);
            for (JsonNode block : blocks) {
                String type = block.path("type").asString();
                JsonNode own = block.path("text").path("text");
                if (type.equals("header")) {
                    assertThat(own.asString().length()).as("header text").isLessThanOrEqualTo(150);
                } else if (type.equals("section") && !own.isMissingNode()) {
                    assertThat(own.asString().length()).as("section text").isLessThanOrEqualTo(3000);
                }
                block.path("fields").forEach(field -> assertThat(field.path("text").asString().length())
                        .as("section field").isLessThanOrEqualTo(2000));
                collectTexts(block, texts);
            }
        }
        assertThat(texts).as(call.method() + " texts").noneMatch(HostileText::mentionsOrLinks);
        return texts.size();
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isObject() && node.path("text").isString()) {
            texts.add(node.path("text").asString());
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    /** The longest value of each varchar column of the incident's rows, each checked against the column's limit. */
    private Map<String, Integer> longestColumns(String incidentId) {
        Map<String, Integer> longest = new LinkedHashMap<>();
        for (String table : List.of("incident_summary", "slack_outbox")) {
            List<Map<String, Object>> columns = jdbc.queryForList("""
                    select column_name, character_maximum_length from information_schema.columns
                    where table_name = ? and character_maximum_length is not null""", table);
            for (Map<String, Object> column : columns) {
                String name = (String) column.get("column_name");
                int limit = ((Number) column.get("character_maximum_length")).intValue();
                Integer length = jdbc.queryForObject("select max(length(" + name + ")) from " + table
                        + " where incident_id = ?", Integer.class, incidentId);
                if (length != null) {
                    assertThat(length).as(table + "." + name).isLessThanOrEqualTo(limit);
                    if (length > 200) {
                        longest.put(table + "." + name, length);
                    }
                }
            }
        }
        return longest;
    }

    private static List<SlackStandIn.Call> callsAbout(String incidentId) {
        return slack.calls().stream().filter(call -> call.params().toString().contains(incidentId)).toList();
    }

    private static AlertSignalReceived hostile(String marker, String fingerprint) {
        String tenK = HostileText.of(10_000);
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; labels.size() < 995; i++) {
            labels.put("label_" + i + "_🔥_" + HostileText.of(20), HostileText.of(80));
        }
        labels.put("service", marker + tenK);
        labels.put("alertname", tenK);
        labels.put("summary", tenK);
        labels.put(HostileText.of(10_000), tenK);
        labels.put("ラベル_שם", tenK);
        Map<String, String> annotations = Map.of("summary", tenK, "description", tenK, "runbook_url", tenK);
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), AlertSignalReceived.SCHEMA_VERSION,
                "alertmanager " + tenK, marker + tenK, fingerprint + tenK, SignalStatus.FIRING, tenK, tenK, tenK,
                Severity.CRITICAL, tenK, new SloBreach("sloth", tenK, 14.4, tenK, tenK, tenK),
                "https://evil.example/ " + tenK, "https://evil.example/|click " + tenK, AlertSignals.STARTS_AT, null,
                tenK, tenK, labels, annotations);
    }

    private static int publish(KafkaProducer<String, String> producer, AlertSignalReceived signal) throws Exception {
        String value = ApiClient.json.writeValueAsString(signal);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.serviceKey(), value);
        record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }
}
