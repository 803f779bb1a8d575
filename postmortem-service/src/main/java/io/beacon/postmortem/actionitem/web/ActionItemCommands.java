package io.beacon.postmortem.actionitem.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.function.Supplier;

/**
 * Sends a command and turns Axon's wrapping of a refusal back into the domain's own exception: bad input
 * (IllegalArgumentException), not in this state (IllegalStateException), no such aggregate ({@link NotFound}).
 */
final class ActionItemCommands {

    private ActionItemCommands() {
    }

    static <R> R send(CommandGateway commands, Object command, Supplier<NotFound> notFound) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw notFound.get();
        } catch (CommandExecutionException wrapper) {
            for (Throwable cause = wrapper.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof AggregateNotFoundException || cause instanceof IncompatibleAggregateException) {
                    throw notFound.get();
                }
                if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                    throw (RuntimeException) cause;
                }
            }
            throw wrapper;
        }
    }
}
