package io.beacon.incident.messaging.deadletter;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.DisposableBean;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the intake's dead-letter topic from its beginning to its end as it is at the call, with a short-lived
 * consumer of no group (nothing is committed: reading never changes what is parked). The topic is small: a record
 * lands there only when an alert could not be taken in at all.
 */
class IntakeDeadLetterTopic implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(20);
    private static final long ADMIN_TIMEOUT_SECONDS = 10;
    private final String topic;
    private final Map<String, Object> consumerProperties;
    private final Admin admin;

    IntakeDeadLetterTopic(String topic, Map<String, Object> consumerProperties, Admin admin) {
        this.topic = topic;
        this.consumerProperties = new HashMap<>(consumerProperties);
        this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.admin = admin;
    }

    String name() {
        return topic;
    }

    /** Calls {@code each} with every record now on the topic, partition by partition, oldest first. */
    void forEach(Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_AT_MOST).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_AT_MOST);
            long deadline = System.nanoTime() + READ_AT_MOST.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, READ_AT_MOST) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_AT_MOST);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                }
            }
        }
    }

    /** How many records the topic holds now, and from which offset each partition starts (older ones expired). */
    Extent extent() throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        long records = partitions.stream().mapToLong(p -> latest.get(p) - earliest.get(p)).sum();
        return new Extent(records, earliest.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue)));
    }

    /** Offsets are contiguous here: the dead-letter publisher writes without transactions. */
    record Extent(long records, Map<Integer, Long> firstOffsets) {
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> spec));
        return admin.listOffsets(request).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(5));
    }
}
