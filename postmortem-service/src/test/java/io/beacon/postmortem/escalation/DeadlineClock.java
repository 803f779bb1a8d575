package io.beacon.postmortem.escalation;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Axon's fixture simulates time for commands but not while it triggers a deadline, when the event clock is the
 * real one. This runs each deadline handler with the event clock at the fixture's simulated time, so events stamped
 * in deadline handlers carry the time the deadline fell due, as in production.
 */
public final class DeadlineClock {

    private DeadlineClock() {
    }

    public static <T> AggregateTestFixture<T> simulated(AggregateTestFixture<T> fixture) {
        fixture.registerDeadlineHandlerInterceptor((unitOfWork, chain) -> {
            Clock previous = GenericEventMessage.clock;
            GenericEventMessage.clock = Clock.fixed(fixture.currentTime(), ZoneOffset.UTC);
            try {
                return chain.proceed();
            } finally {
                GenericEventMessage.clock = previous;
            }
        });
        return fixture;
    }
}
