package io.beacon.incident.incident;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.RecordPage;
import io.beacon.incident.api.SignalAttached;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident: what triggered it, every signal attached to it, who was paged and who took it. Opened only by
 * {@link io.beacon.incident.correlation.ServiceCorrelation}, which guarantees one open incident per service.
 */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private String incidentId;
    private String service;
    private final Set<String> recordedSignals = new HashSet<>();
    private final Set<Integer> pagedSteps = new HashSet<>();
    private IncidentAcknowledged acknowledgement;

    protected Incident() {
        // for Axon
    }

    /** Declares the incident; its trigger is the first signal on the timeline. */
    public Incident(String incidentId, String service, AlertSignal trigger, Instant declaredAt) {
        apply(new IncidentDeclared(incidentId, service, trigger.title(), trigger.severity(), trigger, declaredAt));
    }

    @CommandHandler
    void handle(AttachSignal command) {
        if (recordedSignals.contains(command.signal().identity())) {
            return; // a re-send or redelivery: already on the timeline
        }
        apply(new SignalAttached(incidentId, command.signal(), DomainClock.now()));
    }

    @CommandHandler
    void handle(RecordPage command) {
        if (command.step() < 1) {
            throw new IllegalArgumentException("Escalation steps start at 1, got " + command.step());
        }
        if (pagedSteps.contains(command.step())) {
            return;
        }
        apply(new OnCallPaged(incidentId, command.step(), command.responder(), command.channel(),
                command.messageTs(), DomainClock.now()));
    }

    @CommandHandler
    IncidentAcknowledged handle(AcknowledgeIncident command) {
        if (command.acknowledgedBy() == null || command.acknowledgedBy().isBlank()) {
            throw new IllegalArgumentException("Say who acknowledges the incident");
        }
        if (acknowledgement == null) {
            apply(new IncidentAcknowledged(incidentId, service, command.acknowledgedBy(), DomainClock.now()));
        }
        return acknowledgement;
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        incidentId = event.incidentId();
        service = event.service();
        recordedSignals.add(event.trigger().identity());
    }

    @EventSourcingHandler
    void on(SignalAttached event) {
        recordedSignals.add(event.signal().identity());
    }

    @EventSourcingHandler
    void on(OnCallPaged event) {
        pagedSteps.add(event.step());
    }

    @EventSourcingHandler
    void on(IncidentAcknowledged event) {
        acknowledgement = event;
    }
}
