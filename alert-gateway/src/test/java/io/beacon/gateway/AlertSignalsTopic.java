package io.beacon.gateway;

import io.beacon.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Reads {@link Topics#ALERT_SIGNALS} from the beginning with a real consumer of its own group, and picks out the
 * records of the given event ids (the topic holds every test's records).
 */
public final class AlertSignalsTopic {

    private AlertSignalsTopic() {
    }

    /** The records carrying these event ids, in the order of the ids; fails when any is missing after 15 s. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrapServers, JsonMapper json,
                                                                   Collection<UUID> eventIds) {
        Map<UUID, ConsumerRecord<String, String>> found = new LinkedHashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "alert-gateway-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERT_SIGNALS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    UUID eventId = UUID.fromString(json.readTree(record.value()).path("eventId").asString());
                    if (eventIds.contains(eventId)) {
                        found.put(eventId, record);
                    }
                }
                return found.keySet().containsAll(eventIds);
            });
        }
        List<ConsumerRecord<String, String>> inOrder = new ArrayList<>();
        eventIds.forEach(eventId -> inOrder.add(found.get(eventId)));
        return inOrder;
    }
}
