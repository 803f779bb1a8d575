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

    /** Version of this record's shape; bumped on any incompatible change, together with the topic. */
    int schemaVersion();

    /** The Kafka record key: events with the same key are delivered in order. */
    String partitionKey();
}
