package io.beacon.incident.web;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.query.IncidentSummaryRepository;
import io.beacon.incident.query.IncidentTimeline;
import io.beacon.incident.query.TimelineEntry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The incident HTTP API. Acknowledging works here too, not only through Slack: Slack can't be the only way to stop
 * a page.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private static final int MAX_LIMIT = 500;
    private final IncidentSummaryRepository incidents;
    private final IncidentTimeline timeline;
    private final CommandGateway commands;

    IncidentController(IncidentSummaryRepository incidents, IncidentTimeline timeline, CommandGateway commands) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.commands = commands;
    }

    @GetMapping
    List<IncidentView> list(@RequestParam(required = false) String service,
                            @RequestParam(required = false) IncidentStatus status,
                            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return incidents.search(service, status, PageRequest.of(0, limit)).stream().map(IncidentView::of).toList();
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable String id) {
        return incidents.findById(id).map(IncidentView::of).orElseThrow(() -> new IncidentNotFound(id));
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return timeline.of(id).orElseThrow(() -> new IncidentNotFound(id));
    }

    @PostMapping("/{id}/acknowledgement")
    IncidentAcknowledged acknowledge(@PathVariable String id, @RequestBody AcknowledgementRequest request) {
        if (request == null || request.acknowledgedBy() == null || request.acknowledgedBy().isBlank()) {
            throw new IllegalArgumentException("acknowledgedBy is required: say who takes the incident");
        }
        try {
            return commands.sendAndWait(new AcknowledgeIncident(id, request.acknowledgedBy()));
        } catch (IncompatibleAggregateException streamOfAnotherAggregate) {
            // ids share one namespace in the event store; Axon refuses to load, say, a service's correlation as an
            // incident, so nothing was appended: to the caller there is no such incident
            throw new IncidentNotFound(id);
        }
    }

    record AcknowledgementRequest(String acknowledgedBy) {
    }
}
