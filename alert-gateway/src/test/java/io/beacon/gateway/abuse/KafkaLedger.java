package io.beacon.gateway.abuse;

import io.beacon.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert-signals topic as a ledger: its end offsets when a run starts, and afterwards proof that the run added
 * exactly the records its 2xx answers accepted (each event id once) and nothing else. Nothing else publishes to the
 * broker while a property runs (surefire runs one test class at a time).
 */
record KafkaLedger(String bootstrapServers, Map<TopicPartition, Long> before) {

    static KafkaLedger now(String bootstrapServers) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            return new KafkaLedger(bootstrapServers, consumer.endOffsets(partitions(consumer)));
        }
    }

    /** Returns how many records the run added, after checking they are exactly the accepted event ids. */
    long assertHoldsExactly(List<UUID> acceptedEventIds) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = partitions(consumer);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(added(consumer.endOffsets(partitions))).as("records added by the run")
                            .isGreaterThanOrEqualTo(acceptedEventIds.size()));
            Map<TopicPartition, Long> after = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, before.getOrDefault(partition, 0L)));
            Map<UUID, Integer> seen = new HashMap<>();
            long wanted = added(after);
            long read = 0;
            while (read < wanted) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < after.get(new TopicPartition(record.topic(), record.partition()))) {
                        read++;
                        UUID eventId = UUID.fromString(MutatedWebhooks.JSON.readTree(record.value())
                                .path("eventId").asString());
                        seen.merge(eventId, 1, Integer::sum);
                    }
                }
            }
            Set<UUID> accepted = new HashSet<>(acceptedEventIds);
            assertThat(accepted).as("each accepted alert has its own event id").hasSize(acceptedEventIds.size());
            assertThat(seen.keySet()).as("the records added are exactly the accepted alerts").isEqualTo(accepted);
            assertThat(seen.values()).as("each once").allMatch(count -> count == 1);
            return wanted;
        }
    }

    private long added(Map<TopicPartition, Long> after) {
        return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(Topics.ALERT_SIGNALS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "webhook-abuse-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }
}
