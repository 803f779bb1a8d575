package io.beacon.postmortem.escalation;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;

/** The time aggregates stamp on their events: Axon's event clock, which test fixtures move. */
public final class DomainClock {

    private DomainClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
