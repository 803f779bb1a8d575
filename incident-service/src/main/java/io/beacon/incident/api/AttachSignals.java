package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record several signals of one service on its incident, in their order, in one command (the intake takes a whole
 * Kafka poll at a time: one aggregate load and one commit for a service's signals in it, not two of each per signal).
 * Each is handled as {@link AttachSignal} would: one already recorded is ignored; the first firing signal that finds
 * the incident resolved stops the command there, so the caller releases the service and correlates the rest again.
 *
 * @param signals at least one, oldest first
 */
public record AttachSignals(@TargetAggregateIdentifier String incidentId, List<AlertSignal> signals) {

    public AttachSignals {
        if (signals == null || signals.isEmpty()) {
            throw new IllegalArgumentException("Attach at least one signal");
        }
        signals = List.copyOf(signals);
    }

    /**
     * How far it went.
     *
     * @param taken how many signals, from the first, are on the timeline now (attached, or there already); fewer than
     *              were sent means the next one is firing and found the incident resolved
     */
    public record Result(int taken) {

        public boolean tookAll(AttachSignals command) {
            return taken == command.signals().size();
        }
    }
}
