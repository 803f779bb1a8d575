package io.beacon.incident.messaging;

import io.beacon.contracts.IntegrationEvent;
import io.beacon.contracts.Topics;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outbox: a processing group that maps the internal events other services care about to contract events and
 * publishes them. Its token advances only after Kafka acknowledged, so a failure retries; the contract event id is
 * the Axon event id, so consumers can drop the duplicates a retry makes.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
class IncidentEventPublisher {

    static final String PROCESSING_GROUP = "kafka-outbound";
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    IncidentEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    @EventHandler
    void on(IncidentDeclared event, @MessageIdentifier String messageId,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) throws Exception {
        publish(new io.beacon.contracts.IncidentDeclared(eventId(messageId), occurredAt,
                io.beacon.contracts.IncidentDeclared.SCHEMA_VERSION, event.incidentId(), event.service(),
                event.title(), io.beacon.contracts.Severity.values()[event.severity().ordinal()],
                event.declaredAt()));
    }

    @EventHandler
    void on(IncidentAcknowledged event, @MessageIdentifier String messageId,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) throws Exception {
        publish(new io.beacon.contracts.IncidentAcknowledged(eventId(messageId), occurredAt,
                io.beacon.contracts.IncidentAcknowledged.SCHEMA_VERSION, event.incidentId(),
                event.service(), event.acknowledgedBy(), event.acknowledgedAt()));
    }

    private void publish(IntegrationEvent event) throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS, event.partitionKey(),
                json.writeValueAsString(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER,
                event.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(15, TimeUnit.SECONDS);
    }

    private static UUID eventId(String messageId) {
        try {
            return UUID.fromString(messageId);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8));
        }
    }
}
