package io.beacon.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

import java.time.Instant;

/**
 * One parked event as the admin API shows it. {@code sequenceId} is the aggregate id (incident, postmortem) (events are sequenced per
 * aggregate); {@code eventType} comes from the stored payload type, so a payload that no longer deserializes still
 * shows.
 */
record DeadLetterView(String id, String sequenceId, Long index, String eventId, String eventType,
                      String aggregateId, Long aggregateSequence, String causeType, String causeMessage,
                      Instant enqueuedAt, Instant lastTouched, int retries) {

    static DeadLetterView of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        JpaDeadLetter<?> jpa = letter instanceof JpaDeadLetter<?> j ? j : null;
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(
                jpa == null ? null : jpa.getId(),
                jpa == null ? null : jpa.getSequenceIdentifier(),
                jpa == null ? null : jpa.getIndex(),
                message.getIdentifier(),
                eventType(message),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(),
                letter.lastTouched(),
                ParkingPolicy.retries(letter));
    }

    private static String eventType(EventMessage<?> message) {
        try {
            return message.getPayloadType().getSimpleName();
        } catch (RuntimeException unreadable) {
            return "unreadable: " + unreadable.getClass().getSimpleName();
        }
    }
}
