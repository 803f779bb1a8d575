package io.beacon.postmortem.actionitem.web;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.Topics;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Resolves incidents on the real broker, so the service drafts their postmortems as it would in production. */
final class Incidents implements AutoCloseable {

    private static final AtomicLong numbers = new AtomicLong(100);
    private final KafkaProducer<String, String> producer;

    Incidents() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Resolves a new incident of {@code service} at {@code resolvedAt}; answers its postmortem's id. */
    String resolve(String service, IncidentSeverity severity, String commander, Instant resolvedAt) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        long number = numbers.incrementAndGet();
        Instant declared = resolvedAt.minusSeconds(3600);
        IncidentResolved resolved = new IncidentResolved(UUID.randomUUID(), resolvedAt, 2, incidentId, service,
                "INC-" + number, number, service + " failing", severity, commander, "Rolled back", commander,
                declared, declared.plusSeconds(60), declared.plusSeconds(600), resolvedAt, Duration.ofSeconds(60),
                Duration.ofSeconds(600), Duration.ofSeconds(3600), List.of(), List.of());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS,
                resolved.partitionKey(), Api.json.writeValueAsString(resolved));
        record.headers().add(Topics.EVENT_TYPE_HEADER, resolved.eventType().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
        return "postmortem-" + incidentId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
