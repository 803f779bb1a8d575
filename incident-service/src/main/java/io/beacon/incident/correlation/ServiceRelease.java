package io.beacon.incident.correlation;

import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.ReclaimService;
import io.beacon.incident.api.ReleaseService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps each service's correlation in step with its incident: a resolved incident releases the service, a reopened
 * one reclaims it when nothing else opened meanwhile. Both commands are idempotent, so redelivery is harmless; the
 * signal intake also releases a service itself when a new alert meets a just-resolved incident.
 */
@Component
@ProcessingGroup(ServiceRelease.PROCESSING_GROUP)
@DisallowReplay
class ServiceRelease {

    static final String PROCESSING_GROUP = "service-release";
    private final CommandGateway commands;

    ServiceRelease(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(IncidentResolved resolved) {
        commands.sendAndWait(ReleaseService.of(resolved.service(), resolved.incidentId()));
    }

    @EventHandler
    void on(IncidentReopened reopened) {
        commands.sendAndWait(ReclaimService.of(reopened.service(), reopened.incidentId()));
    }
}
