package io.beacon.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what becomes of an event whose handling failed in a group with a dead-letter queue.
 * <p>
 * Live processing: a permanent failure parks the event (and, by the sequenced queue, every later event of the same
 * aggregate); a transient one is thrown on as {@link TransientFailure}. Axon's {@code DeadLetteringEventHandlerInvoker}
 * catches every handler failure and only asks this policy, so throwing from here is the one way to make the processor
 * retry instead of parking or skipping (a {@code ListenerInvocationErrorHandler} runs inside that catch).
 * <p>
 * Retrying a parked letter (the admin API): whatever the failure, the letter stays parked with its new cause and a
 * retry count in its diagnostics. Nothing is ever dropped by the policy.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);
    private final String processingGroup;

    ParkingPolicy(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (retryingParkedLetter()) {
            log.warn("Retrying parked event {} in processing group {} failed again; it stays parked: {}",
                    describe(letter.message()), processingGroup, cause.toString());
            return Decisions.requeue(ThrowableCause.truncated(cause),
                    parked -> parked.diagnostics().and(RETRIES, retries(parked) + 1));
        }
        if (FailureKind.of(cause) == FailureKind.TRANSIENT) {
            throw new TransientFailure(processingGroup, cause);
        }
        log.error("Parked event {} in processing group {} (dead-letter queue); later events of the same aggregate wait "
                + "behind it until it is retried: GET /api/admin/dead-letters", describe(letter.message()),
                processingGroup, cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    static int retries(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return retries instanceof Number n ? n.intValue() : 0;
    }

    /**
     * Axon's dead-letter processing task puts the letter in its unit of work's resources (that is how a handler can
     * ask for the {@code DeadLetter}); the unit of work is still current while its rollback asks this policy.
     */
    private static boolean retryingParkedLetter() {
        return CurrentUnitOfWork.map(uow -> uow.resources().containsKey(DeadLetter.class.getName())).orElse(false);
    }

    private static String describe(EventMessage<?> message) {
        String type = message.getPayloadType().getSimpleName();
        return message instanceof DomainEventMessage<?> domain
                ? type + " of " + domain.getAggregateIdentifier() + " #" + domain.getSequenceNumber() + " ("
                        + message.getIdentifier() + ")"
                : type + " (" + message.getIdentifier() + ")";
    }
}
