package io.beacon.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy("incident-summary");
    private final EventMessage<?> event = new GenericDomainEventMessage<>("Incident", "inc-1", 3, "payload");
    private UnitOfWork<?> retry;

    @AfterEach
    void endRetry() {
        if (retry != null && retry.isActive()) {
            retry.rollback();
        }
    }

    @Test
    void aPermanentFailureIsParkedAtOnce() {
        IllegalArgumentException failure = new IllegalArgumentException("no such severity");
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(failure), failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).isEqualTo("no such severity");
    }

    @Test
    void aTransientFailureEscapesSoTheProcessorRetriesIt() {
        TransientDataAccessResourceException failure = new TransientDataAccessResourceException("database away");

        assertThatThrownBy(() -> policy.decide(letter(failure), failure))
                .isInstanceOf(TransientFailure.class)
                .hasCause(failure);
    }

    @Test
    void aParkedLetterFailingAgainOnRetryStaysParkedAndCountsTheRetry() {
        DeadLetter<EventMessage<?>> parked = letter(new IllegalStateException("first"))
                .withDiagnostics(MetaData.with(ParkingPolicy.RETRIES, 1));
        retrying(parked);

        for (Throwable failure : new Throwable[]{new IllegalStateException("still broken"),
                new TransientDataAccessResourceException("database away")}) {
            EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, failure);

            assertThat(decision.shouldEnqueue()).isTrue();
            assertThat(ParkingPolicy.retries(decision.withDiagnostics(parked))).isEqualTo(2);
        }
    }

    private DeadLetter<EventMessage<?>> letter(Throwable failure) {
        return new GenericDeadLetter<>("inc-1", event, failure);
    }

    /** As Axon's dead-letter processing task does: the letter in the unit of work's resources. */
    private void retrying(DeadLetter<?> letter) {
        retry = DefaultUnitOfWork.startAndGet(null);
        retry.resources().put(DeadLetter.class.getName(), letter);
    }
}
