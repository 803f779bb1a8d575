package io.beacon.incident.query;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.SignalAttached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code incident_summary} up to date; replayable (reset clears it). */
@Component
@ProcessingGroup(IncidentSummaryProjection.PROCESSING_GROUP)
class IncidentSummaryProjection {

    static final String PROCESSING_GROUP = "incident-summary";
    private final IncidentSummaryRepository incidents;

    IncidentSummaryProjection(IncidentSummaryRepository incidents) {
        this.incidents = incidents;
    }

    @EventHandler
    void on(IncidentDeclared event) {
        if (!incidents.existsById(event.incidentId())) {
            incidents.save(new IncidentSummary(event.incidentId(), event.service(), event.title(),
                    event.severity().name(), event.declaredAt()));
        }
    }

    @EventHandler
    void on(SignalAttached event) {
        incidents.findById(event.incidentId()).ifPresent(i -> i.signalAttached(event.attachedAt()));
    }

    @EventHandler
    void on(OnCallPaged event) {
        incidents.findById(event.incidentId()).ifPresent(i -> i.paged(event.responder(), event.channel(),
                event.pagedAt()));
    }

    @EventHandler
    void on(IncidentAcknowledged event) {
        incidents.findById(event.incidentId()).ifPresent(i -> i.acknowledged(event.acknowledgedBy(),
                event.acknowledgedAt()));
    }

    @ResetHandler
    void reset() {
        incidents.deleteAllInBatch();
    }
}
