package io.beacon.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything that crosses Kafka between Beacon services. Consumers deduplicate on {@link #eventId()}:
 * delivery is at least once.
 */
public interface IntegrationEvent {

    /** Unique per event; the same event redelivered keeps its id. */
    UUID eventId();

    /** When the fact happened at its source. */
    Instant occurredAt();

    /** Version of this record's shape; bumped on any incompatible change, together with its {@link #eventType()}. */
    int schemaVersion();

    /** The Kafka record key: events with the same key are delivered in order. */
    String partitionKey();

    /**
     * The stable wire name of this kind of event, one of {@link EventTypes}, sent in the
     * {@link Topics#EVENT_TYPE_HEADER} header. Never derived from a class name, so renaming a record loses nothing.
     */
    String eventType();
}
