package io.beacon.incident.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends the API's commands and turns Axon's failures back into what the domain meant: a refusal wrapped in a
 * {@link CommandExecutionException} is rethrown as its cause; a stream that is not an incident's (ids share one
 * namespace in the event store) or no stream at all is {@link IncidentNotFound}. {@code ProblemDetailsAdvice}
 * answers the rest.
 */
@Component
class IncidentCommands {

    private final CommandGateway gateway;

    IncidentCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    <R> R send(String incidentId, Object command) {
        try {
            return gateway.sendAndWait(command);
        } catch (CommandExecutionException wrapped) {
            throw DomainFailure.unwrap(wrapped, incidentId);
        } catch (IncompatibleAggregateException | AggregateNotFoundException noIncident) {
            throw new IncidentNotFound(incidentId);
        }
    }
}
