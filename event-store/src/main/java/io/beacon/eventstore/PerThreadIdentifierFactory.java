package io.beacon.eventstore;

import io.beacon.contracts.EventIds;
import org.axonframework.common.IdentifierFactory;

/**
 * Random (version 4) UUIDs like Axon's default, drawn without its one shared lock ({@link EventIds}). Axon names every
 * command, event and result with {@code UUID.randomUUID()}, whose one generator is shared by the whole process behind
 * one lock: under a storm the fast lane's threads waited 3 s in 20 on it (JFR monitor-enter events), queued behind
 * the intake's and the processors' threads, and pages waited with them. Axon finds this factory through
 * {@code META-INF/services}; code naming new things (an incident's id) asks it too.
 */
public final class PerThreadIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return EventIds.random().toString();
    }
}
