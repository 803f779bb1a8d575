package io.beacon.postmortem.web;

import io.beacon.postmortem.postmortem.PostmortemNotBlameless;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** Sends a command and turns Axon's wrapping of a refusal back into the domain's own exception for the API. */
final class Commands {

    private Commands() {
    }

    static <R> R send(org.axonframework.commandhandling.gateway.CommandGateway commands, String id, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw new PostmortemNotFound(id);
        } catch (CommandExecutionException wrapper) {
            throw unwrap(wrapper, id);
        }
    }

    private static RuntimeException unwrap(RuntimeException wrapper, String id) {
        for (Throwable cause = wrapper.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateNotFoundException || cause instanceof IncompatibleAggregateException) {
                return new PostmortemNotFound(id);
            }
            if (cause instanceof PostmortemNotBlameless || cause instanceof IllegalArgumentException
                    || cause instanceof IllegalStateException) {
                return (RuntimeException) cause;
            }
        }
        return wrapper;
    }
}
