package io.beacon.incident.web;

import io.beacon.incident.api.IncidentAcknowledged;

import java.time.Instant;

/** What a mutation answers when it has something to say beyond its status code. */
final class IncidentReceipts {

    private IncidentReceipts() {
    }

    /**
     * A declared incident: its id, and its reference read from the event store (consistent at once, unlike the
     * read model); {@code reference} is null only if that read found nothing.
     */
    record Declared(String id, String reference) {
    }

    /** Who took the incident and when the first status update is due (the first acknowledgement wins). */
    record Acknowledged(String incidentId, String acknowledgedBy, Instant acknowledgedAt, Instant nextUpdateDueAt) {
        static Acknowledged of(IncidentAcknowledged event) {
            return new Acknowledged(event.incidentId(), event.acknowledgedBy(), event.acknowledgedAt(),
                    event.firstUpdateDueAt());
        }
    }
}
