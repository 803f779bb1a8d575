package io.beacon.incident.web;

import io.beacon.incident.api.IncidentAlreadyOpen;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** The domain's own reason inside an Axon wrapper, as the exception the API answers. */
final class DomainFailure {

    private DomainFailure() {
    }

    /** The first cause that means something to a caller; the wrapper itself (a 500) when none does. */
    static RuntimeException unwrap(RuntimeException wrapper, String incidentId) {
        for (Throwable cause = wrapper.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IncompatibleAggregateException || cause instanceof AggregateNotFoundException) {
                return new IncidentNotFound(incidentId);
            }
            if (cause instanceof IncidentAlreadyOpen || cause instanceof IllegalArgumentException
                    || cause instanceof IllegalStateException) {
                return (RuntimeException) cause;
            }
        }
        return wrapper;
    }
}
