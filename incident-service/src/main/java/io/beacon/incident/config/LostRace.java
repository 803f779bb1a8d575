package io.beacon.incident.config;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Whether a command failed because another instance appended to the same aggregate first (optimistic locking, or
 * two instances creating the same stream): the only failure worth retrying at once, since the retry loads the
 * winner's events and decides again.
 */
final class LostRace {

    private LostRace() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
