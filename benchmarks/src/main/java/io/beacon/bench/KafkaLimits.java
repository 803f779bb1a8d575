package io.beacon.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limits of the platform's own broker, on bench topics beside Beacon's: how many 1 KB records a second one
 * producer gets acknowledged with {@code acks=all} (idempotent, as the gateway's), and the p99 from send to a
 * consumer seeing the record at a steady 1,000 records/s.
 */
final class KafkaLimits {

    record Figures(double recordsPerSecond, double produceConsumeP99Seconds) {
    }

    private static final String THROUGHPUT_TOPIC = "beacon.bench.raw-throughput";
    private static final String LATENCY_TOPIC = "beacon.bench.raw-latency";
    private final String bootstrap;

    KafkaLimits(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    Figures measure(Duration window) throws Exception {
        createTopics();
        return new Figures(producerRate(window), produceConsumeP99(window));
    }

    private void createTopics() throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (NewTopic topic : List.of(new NewTopic(THROUGHPUT_TOPIC, 3, (short) 1),
                    new NewTopic(LATENCY_TOPIC, 1, (short) 1))) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private double producerRate(Duration window) {
        byte[] value = new byte[1024];
        AtomicLong acked = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(THROUGHPUT_TOPIC, value)); // metadata and connections first
            producer.flush();
            long start = System.nanoTime();
            long end = start + window.toNanos();
            long i = 0;
            while (System.nanoTime() < end) {
                producer.send(new ProducerRecord<>(THROUGHPUT_TOPIC, Long.toString(i++).getBytes(), value),
                        (metadata, error) -> {
                            if (error == null) {
                                acked.incrementAndGet();
                            }
                        });
            }
            producer.flush();
            return acked.get() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double produceConsumeP99(Duration window) {
        TopicPartition partition = new TopicPartition(LATENCY_TOPIC, 0);
        List<Double> latencies = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer();
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            int expected = (int) window.toMillis();
            Thread sender = Thread.ofVirtual().start(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < expected; i++) {
                    long due = start + i * 1_000_000L;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    byte[] value = ByteBuffer.allocate(1024).putLong(System.nanoTime()).array();
                    producer.send(new ProducerRecord<>(LATENCY_TOPIC, value));
                }
            });
            long giveUp = System.nanoTime() + window.toNanos() + TimeUnit.SECONDS.toNanos(15);
            while (latencies.size() < expected && System.nanoTime() < giveUp) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    latencies.add((System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()) / 1e9);
                }
            }
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Percentiles.of(latencies, 0.99);
    }
}
