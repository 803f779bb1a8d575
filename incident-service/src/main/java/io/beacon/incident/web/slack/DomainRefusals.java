package io.beacon.incident.web.slack;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Why a command from Slack was refused, in words for the person who typed it. Axon may hand the aggregate's
 * exception over as it is or wrapped (CommandExecutionException, CompletionException), so the causes are searched.
 */
final class DomainRefusals {

    private static final Logger log = LoggerFactory.getLogger(DomainRefusals.class);

    private DomainRefusals() {
    }

    /** The refusal as escaped mrkdwn; unexpected failures are logged and answered without details. */
    static String explain(Throwable failure) {
        return refusal(failure).orElseGet(() -> {
            log.error("A Slack command failed", failure);
            return ":warning: Beacon could not do that because of an error on its side (logged). Try again in a "
                    + "moment; the incident API works too.";
        });
    }

    /** The refusal, when the failure is one: bad input, not allowed now, or no such incident. */
    static Optional<String> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownIncident unknown) {
                return Optional.of(SlackEcho.escape(unknown.getMessage()));
            }
            if (t instanceof AggregateNotFoundException || t instanceof IncompatibleAggregateException) {
                return Optional.of("Beacon has no such incident.");
            }
            if (t instanceof IllegalStateException || t instanceof IllegalArgumentException) {
                return Optional.of("Not done: " + SlackEcho.escape(t.getMessage()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
