package io.beacon.postmortem.publishing;

import io.beacon.contracts.PostmortemIntegrationEvent;
import io.beacon.contracts.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
 * The outbox: a processing group that sees every postmortem and action item event, in the order they were stored
 * (one segment, so an item's events never overtake its postmortem's), keeps the facts later contract events need
 * ({@link OutboundFacts}) and publishes those other services hear of ({@link ContractEvents}) on
 * {@link Topics#POSTMORTEM_EVENTS}, keyed by postmortem id with the type name and the event id in headers. The send is awaited inside
 * the handler: a failure propagates (the service's error handler), the transaction with the facts rolls back and
 * the processor retries the event; its token advances only after Kafka acknowledged. The contract event id is the
 * Axon event id, so the duplicates a retry makes carry the same id and consumers drop them.
 */
@Component
@ProcessingGroup(PostmortemEventPublisher.PROCESSING_GROUP)
class PostmortemEventPublisher {

    static final String PROCESSING_GROUP = "postmortem-events-publisher";
    private static final Logger log = LoggerFactory.getLogger(PostmortemEventPublisher.class);
    private static final long SEND_TIMEOUT_SECONDS = 15;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final OutboundFacts facts;
    private final EventStore eventStore;

    PostmortemEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, OutboundFacts facts,
                             EventStore eventStore) {
        this.kafka = kafka;
        this.json = json;
        this.facts = facts;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt) throws Exception {
        facts.record(event);
        Optional<String> needed = ContractEvents.needsFactsOf(event);
        if (needed.isPresent() && !known(needed.get())) {
            catchUp(needed.get());
            if (!known(needed.get())) {
                log.warn("Not publishing {} of {}: its first event is not in the event store",
                        event.getClass().getSimpleName(), needed.get());
                return;
            }
        }
        Optional<PostmortemIntegrationEvent> contract = ContractEvents.of(event,
                new ContractEvents.Envelope(eventId(messageId), occurredAt), new ContractEvents.Facts() {
                    @Override
                    public PostmortemFacts postmortem(String postmortemId) {
                        return facts.postmortem(postmortemId).orElseThrow();
                    }

                    @Override
                    public ActionItemFacts actionItem(String actionItemId) {
                        return facts.actionItem(actionItemId).orElseThrow();
                    }
                });
        if (contract.isPresent()) {
            publish(contract.get());
        }
    }

    private boolean known(String aggregateId) {
        return facts.postmortem(aggregateId).isPresent() || facts.actionItem(aggregateId).isPresent();
    }

    /**
     * Only when the facts table lost a row (restored alone, say): the aggregate's first event, drafted or created,
     * holds everything the projection keeps, so read it back from the event store.
     */
    private void catchUp(String aggregateId) {
        log.info("Reading the first event of {} once into the outbound facts", aggregateId);
        DomainEventStream history = eventStore.readEvents(aggregateId);
        if (history.hasNext()) {
            DomainEventMessage<?> first = history.next();
            facts.record(first.getPayload());
        }
    }

    private void publish(PostmortemIntegrationEvent event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.POSTMORTEM_EVENTS, event.partitionKey(),
                json.writeValueAsString(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER, event.eventType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The Axon event id, a UUID; anything else is mapped to a name-based UUID, the same one on every retry. */
    static UUID eventId(String messageId) {
        try {
            return UUID.fromString(messageId);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8));
        }
    }
}
