package io.beacon.incident.incident;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentBrief;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.api.NotificationFailed;
import io.beacon.incident.api.PageDelivered;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * What an {@link Incident} remembers: the state its events rebuild, and nothing it decides. Every field is set only
 * by an {@code @EventSourcingHandler} here, so replaying the stream and handling a command agree on it; the decisions
 * (which events to apply, read from these fields) are in {@link Incident}.
 */
abstract class IncidentState {

    @AggregateIdentifier
    String incidentId;
    IncidentBrief brief;
    IncidentSeverity severity;
    IncidentStatus status;
    EscalationPolicy escalation;
    String commander;
    IncidentAcknowledged acknowledgement;
    final AlertTracker alerts = new AlertTracker();
    final Set<String> recordedFailures = new HashSet<>();
    final EscalationProgress paging = new EscalationProgress();
    final StatusCadence cadence = new StatusCadence();
    Instant resolvedAt;

    IncidentState() {
        // for Axon, through Incident
    }

    final void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Cannot " + action + " " + brief.reference() + ": it is resolved");
        }
    }

    final IncidentBrief brief() {
        return new IncidentBrief(brief.number(), brief.service(), brief.title(), severity, brief.trigger(),
                brief.declaredAt());
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        incidentId = event.incidentId();
        brief = event.brief();
        severity = event.severity();
        status = IncidentStatus.TRIGGERED;
        escalation = event.escalation();
        if (event.trigger() != null) {
            alerts.record(event.trigger());
        }
    }

    @EventSourcingHandler
    void on(SignalAttached event) {
        alerts.record(event.signal());
    }

    @EventSourcingHandler
    void on(ResponderPaged event) {
        paging.paged(event);
    }

    @EventSourcingHandler
    void on(PageDelivered event) {
        paging.delivered(event.step());
    }

    @EventSourcingHandler
    void on(EscalationExhausted event) {
        paging.exhausted();
    }

    @EventSourcingHandler
    void on(IncidentAcknowledged event) {
        acknowledgement = event;
        status = IncidentStatus.ACKNOWLEDGED;
        cadence.expect(0, event.firstUpdateDueAt(), null);
    }

    @EventSourcingHandler
    void on(CommanderAssigned event) {
        commander = event.commander();
    }

    @EventSourcingHandler
    void on(SeverityChanged event) {
        severity = event.to();
    }

    @EventSourcingHandler
    void on(StatusUpdatePosted event) {
        status = event.label().status();
        cadence.expect(event.sequence(), event.nextUpdateDueAt(), event.postedAt());
    }

    @EventSourcingHandler
    void on(StatusUpdateOverdue event) {
        cadence.missed(event.missed());
    }

    @EventSourcingHandler
    void on(AllAlertsResolved event) {
        alerts.announced();
    }

    @EventSourcingHandler
    void on(IncidentResolved event) {
        status = IncidentStatus.RESOLVED;
        resolvedAt = event.resolvedAt();
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        status = IncidentStatus.INVESTIGATING;
        resolvedAt = null;
        cadence.expect(cadence.sequence(), event.nextUpdateDueAt(), event.reopenedAt());
    }

    @EventSourcingHandler
    void on(NotificationFailed event) {
        recordedFailures.add(event.purpose() + "@" + event.address());
    }
}
