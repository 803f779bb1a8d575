package io.beacon.incident.web;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.query.IncidentTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.security.Principal;

/**
 * The incident mutations, each one domain command. The actor is always the bearer token's subject (see
 * {@code io.beacon.incident.security}); which role may call which endpoint is decided there, not here.
 * Acknowledging works here too, not only through Slack: Slack can't be the only way to stop a page.
 */
@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class IncidentCommandController {

    private final IncidentCommands commands;
    private final IncidentIds ids;
    private final IncidentTimeline timeline;

    IncidentCommandController(IncidentCommands commands, IncidentIds ids, IncidentTimeline timeline) {
        this.commands = commands;
        this.ids = ids;
        this.timeline = timeline;
    }

    @PostMapping
    @Operation(summary = "Declare an incident by hand (responder, commander, manager)")
    ResponseEntity<IncidentReceipts.Declared> declare(@RequestBody IncidentRequests.Declaration body,
                                                      Principal caller) {
        String incidentId = commands.send(null, body.command(caller.getName()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(incidentId);
        return ResponseEntity.created(location)
                .body(new IncidentReceipts.Declared(incidentId, timeline.referenceOf(incidentId).orElse(null)));
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge: stops the paging (responder, commander, manager)")
    IncidentReceipts.Acknowledged acknowledge(@PathVariable String id, Principal caller) {
        String incidentId = ids.require(id);
        IncidentAcknowledged acknowledged = commands.send(incidentId,
                new AcknowledgeIncident(incidentId, caller.getName()));
        return IncidentReceipts.Acknowledged.of(acknowledged);
    }

    @PutMapping("/{id}/commander")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Assign the incident commander (commander, manager)")
    void assignCommander(@PathVariable String id, @RequestBody IncidentRequests.CommanderAssignment body,
                         Principal caller) {
        String incidentId = ids.require(id);
        commands.send(incidentId, body.command(incidentId, caller.getName()));
    }

    @PutMapping("/{id}/severity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the severity (commander, manager)")
    void changeSeverity(@PathVariable String id, @RequestBody IncidentRequests.SeverityChange body,
                        Principal caller) {
        String incidentId = ids.require(id);
        commands.send(incidentId, body.command(incidentId, caller.getName()));
    }

    @PostMapping("/{id}/status-updates")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Post a status update; Resolved resolves (commander, manager)")
    void postStatusUpdate(@PathVariable String id, @RequestBody IncidentRequests.StatusUpdate body,
                          Principal caller) {
        String incidentId = ids.require(id);
        commands.send(incidentId, body.command(incidentId, caller.getName()));
    }

    @PostMapping("/{id}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Resolve; resolving a resolved incident changes nothing (commander, manager)")
    void resolve(@PathVariable String id, @RequestBody(required = false) IncidentRequests.Resolution body,
                 Principal caller) {
        String incidentId = ids.require(id);
        commands.send(incidentId, IncidentRequests.Resolution.command(body, incidentId, caller.getName()));
    }

    @PostMapping("/{id}/reopening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reopen within the reopen window (commander, manager)")
    void reopen(@PathVariable String id, @RequestBody(required = false) IncidentRequests.Reopening body,
                Principal caller) {
        String incidentId = ids.require(id);
        commands.send(incidentId, IncidentRequests.Reopening.command(body, incidentId, caller.getName()));
    }
}
