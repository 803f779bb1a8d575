package io.beacon.postmortem.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An integration event already applied: Kafka delivers at least once, so every consumer remembers what it did. */
@Entity
@Table(name = "processed_event")
class ProcessedEvent {

    @Id
    private UUID eventId;
    private String eventType;
    private Instant processedAt;

    protected ProcessedEvent() {
        // for JPA
    }

    ProcessedEvent(UUID eventId, String eventType, Instant processedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.processedAt = processedAt;
    }
}
