package io.beacon.incident.incident;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;

/** The time aggregates stamp on their events: Axon's event clock, which test fixtures control. */
public final class DomainClock {

    private DomainClock() {
    }

    public static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
