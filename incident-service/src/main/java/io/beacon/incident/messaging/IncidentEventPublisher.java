package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentIntegrationEvent;
import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.Topics;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.SignalAttached;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The outbox: a processing group that sees every incident event in order per incident, keeps the facts the contract
 * events need ({@link OutboundIncidentFacts}; the signals are read from the incident's stream when it resolves,
 * {@link ResolvedSignals}) and publishes the events other services care about
 * ({@link ContractEvents}), keyed by incident id with the type name in a header. Its token advances only after Kafka
 * acknowledged, in the transaction that updated the facts, so a failure retries both; the contract event id is the
 * Axon event id, so consumers can drop the duplicates a retry makes.
 */
@Component
@ProcessingGroup(IncidentEventPublisher.PROCESSING_GROUP)
class IncidentEventPublisher {

    static final String PROCESSING_GROUP = "kafka-outbound";
    /** A record's value at most: Kafka's producer refuses 1 MB (max.request.size), key and headers included. */
    static final int MAX_RECORD_BYTES = 900_000;
    private static final Logger log = LoggerFactory.getLogger(IncidentEventPublisher.class);
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final OutboundIncidentFacts facts;
    private final EventStore eventStore;

    IncidentEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, OutboundIncidentFacts facts,
                           EventStore eventStore) {
        this.kafka = kafka;
        this.json = json;
        this.facts = facts;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(IncidentEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            @SequenceNumber Long sequence) throws Exception {
        if (event instanceof SignalAttached) {
            // no contract event of its own, and the resolved event reads the signals from the stream: a storm's
            // signals cost this group no statement (they were four each, a fifth of incident-service's CPU)
            return;
        }
        if (!(event instanceof IncidentDeclared) && !facts.knows(event.incidentId())) {
            catchUp(event.incidentId(), sequence);
        }
        facts.record(event);
        Optional<IncidentFacts> known = facts.find(event.incidentId());
        if (known.isEmpty()) {
            log.warn("Not publishing {} of incident {}: its declaration is not in the event store",
                    event.getClass().getSimpleName(), event.incidentId());
            return;
        }
        Optional<IncidentIntegrationEvent> contract = ContractEvents.of(event,
                new ContractEvents.Envelope(eventId(messageId), occurredAt), known.get(),
                () -> story(event.incidentId(), sequence));
        if (contract.isPresent()) {
            publish(contract.get());
        }
    }

    private ContractEvents.Story story(String incidentId, long resolution) {
        ResolvedSignals.Sample signals = ResolvedSignals.Sample.of(
                ResolvedSignals.of(eventStore, incidentId, resolution), ResolvedSignals.MAX_SIGNALS);
        return new ContractEvents.Story(signals.signals(), signals.omitted(), facts.statusUpdates(incidentId));
    }

    /**
     * Only for incidents declared before this projection existed (migration V7): reads their history once, up to the
     * event at hand, into the facts. Every later event finds them.
     */
    private void catchUp(String incidentId, long before) {
        log.info("Reading the history of incident {} once into the outbound facts", incidentId);
        DomainEventStream history = eventStore.readEvents(incidentId);
        while (history.hasNext()) {
            DomainEventMessage<?> message = history.next();
            if (message.getSequenceNumber() < before && message.getPayload() instanceof IncidentEvent past) {
                facts.record(past);
            }
        }
    }

    /**
     * Sends the event; a resolved event too big for one Kafka record (a signal's texts are up to 5,255 characters)
     * is rebuilt with half as many signals until it fits. Anything else too big fails as before, and is parked.
     */
    private void publish(IncidentIntegrationEvent contract) throws Exception {
        IncidentIntegrationEvent event = contract;
        String value = json.writeValueAsString(event);
        while (event instanceof IncidentResolved resolved && !resolved.signals().isEmpty()
                && value.getBytes(StandardCharsets.UTF_8).length > MAX_RECORD_BYTES) {
            event = ResolvedSignals.thinned(resolved);
            value = json.writeValueAsString(event);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INCIDENT_EVENTS, event.partitionKey(),
                value);
        record.headers().add(Topics.EVENT_TYPE_HEADER, event.eventType().getBytes(StandardCharsets.UTF_8));
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
