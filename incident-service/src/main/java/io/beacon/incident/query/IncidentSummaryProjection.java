package io.beacon.incident.query;

import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.api.StatusUpdatePosted;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Keeps {@code incident_summary} up to date; replayable (reset clears it). */
@Component
@ProcessingGroup(IncidentSummaryProjection.PROCESSING_GROUP)
class IncidentSummaryProjection {

    static final String PROCESSING_GROUP = "incident-summary";
    private final IncidentSummaryRepository incidents;
    private final EntityManager entities;

    IncidentSummaryProjection(IncidentSummaryRepository incidents, EntityManager entities) {
        this.incidents = incidents;
        this.entities = entities;
    }

    /**
     * A replayed declaration finds its row and leaves it. A new row is persisted, not saved: the repository's save
     * merges an entity whose id is set, which reads the row again, and its existence check is a query of its own
     * (together a fifth of this projection's time under a flood of new incidents).
     */
    @EventHandler
    void on(IncidentDeclared event) {
        if (entities.find(IncidentSummary.class, event.incidentId()) == null) {
            entities.persist(new IncidentSummary(event.incidentId(), event.number(), event.service(), event.title(),
                    event.severity().name(), event.trigger() != null, event.declaredAt()));
        }
    }

    @EventHandler
    void on(SignalAttached event) {
        update(event.incidentId(), i -> i.signalAttached(event.attachedAt()));
    }

    @EventHandler
    void on(ResponderPaged event) {
        update(event.incidentId(), i -> i.paged(event.step(), event.responder(), event.channel(), event.pagedAt()));
    }

    @EventHandler
    void on(IncidentAcknowledged event) {
        update(event.incidentId(), i -> i.acknowledged(event.acknowledgedBy(), event.acknowledgedAt(),
                event.firstUpdateDueAt()));
    }

    @EventHandler
    void on(CommanderAssigned event) {
        update(event.incidentId(), i -> i.commander(event.commander()));
    }

    @EventHandler
    void on(SeverityChanged event) {
        update(event.incidentId(), i -> i.severity(event.to().name()));
    }

    @EventHandler
    void on(StatusUpdatePosted event) {
        update(event.incidentId(), i -> i.statusUpdate(event.label().status(), event.summary(),
                event.nextUpdateDueAt(), event.postedAt()));
    }

    @EventHandler
    void on(IncidentResolved event) {
        update(event.incidentId(), i -> i.resolved(event.resolvedBy(), event.resolvedAt()));
    }

    @EventHandler
    void on(IncidentReopened event) {
        update(event.incidentId(), i -> i.reopened(event.nextUpdateDueAt()));
    }

    /** The row, found as {@link #on(IncidentDeclared)} finds it: in this batch's persistence context first. */
    private void update(String incidentId, Consumer<IncidentSummary> change) {
        IncidentSummary row = entities.find(IncidentSummary.class, incidentId);
        if (row != null) {
            change.accept(row);
        }
    }

    @ResetHandler
    void reset() {
        incidents.deleteAllInBatch();
    }
}
