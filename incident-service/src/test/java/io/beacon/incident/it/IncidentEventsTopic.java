package io.beacon.incident.it;

import io.beacon.contracts.Topics;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads one incident's records from {@code beacon.incident-events.v1} the way another service would. */
final class IncidentEventsTopic implements AutoCloseable {

    /** One record as it arrived: its type header and JSON payload. */
    record Received(String type, String json) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    IncidentEventsTopic() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.INCIDENT_EVENTS));
    }

    /** The incident's records so far, in order, once {@code done} holds for them. */
    List<Received> awaitRecords(String incidentId, Predicate<List<Received>> done) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return done.test(of(incidentId));
        });
        return of(incidentId);
    }

    private List<Received> of(String incidentId) {
        return seen.stream().filter(record -> incidentId.equals(record.key()))
                .map(record -> new Received(type(record), record.value())).toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(Topics.EVENT_TYPE_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
