package io.beacon.incident.incident;

import io.beacon.incident.caching.AggregateCachingConfiguration;
import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.AttachSignals;
import io.beacon.incident.api.ChangeSeverity;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.EscalationDue;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.NotificationFailed;
import io.beacon.incident.api.OpenIncident;
import io.beacon.incident.api.PageDelivered;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.RecordNotificationFailure;
import io.beacon.incident.api.RecordPageDelivery;
import io.beacon.incident.api.ReopenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.api.SignalStatus;
import io.beacon.incident.api.StatusUpdateDue;
import io.beacon.incident.api.StatusUpdatePosted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident, from detection to resolution: its signals, the escalation that pages until somebody acknowledges,
 * the commander and their status updates. Opened only by {@link io.beacon.incident.correlation.ServiceCorrelation},
 * which guarantees one open incident per service. Escalation and status-update deadlines are persistent; each
 * deadline names the step it was scheduled for, so a stale one (acknowledged, resolved, superseded) does nothing.
 * This class decides; what the events rebuild is in {@link IncidentState}.
 */
@Aggregate(cache = AggregateCachingConfiguration.AGGREGATE_CACHE)
public class Incident extends IncidentState {

    protected Incident() {
        // for Axon
    }

    /** Declares the incident and pages the first level of its escalation policy. */
    @CommandHandler
    public Incident(OpenIncident command, DeadlineManager deadlines) {
        Instant now = DomainClock.now();
        IncidentDeclared declared = new IncidentDeclared(command.incidentId(), command.number(), command.service(),
                command.title(), command.severity(), command.trigger(), command.declaredBy(), command.escalation(),
                now);
        apply(declared);
        apply(EscalationStep.page(command.incidentId(), command.escalation(), declared.brief(), 1, 1, 1, now,
                deadlines));
    }

    @CommandHandler
    AttachSignal.Outcome handle(AttachSignal command, DeadlineManager deadlines) {
        return attach(command.signal(), deadlines);
    }

    @CommandHandler
    AttachSignals.Result handle(AttachSignals command, DeadlineManager deadlines) {
        int taken = 0;
        while (taken < command.signals().size()
                && attach(command.signals().get(taken), deadlines) != AttachSignal.Outcome.INCIDENT_RESOLVED) {
            taken++;
        }
        return new AttachSignals.Result(taken);
    }

    private AttachSignal.Outcome attach(AlertSignal signal, DeadlineManager deadlines) {
        if (alerts.isRecorded(signal)) {
            return AttachSignal.Outcome.ALREADY_RECORDED; // a re-send or redelivery: already on the timeline
        }
        boolean firing = signal.status() == SignalStatus.FIRING;
        if (!status.isOpen() && firing) {
            return AttachSignal.Outcome.INCIDENT_RESOLVED; // a new outage: the caller opens a new incident
        }
        apply(new SignalAttached(incidentId, signal, DomainClock.now()));
        IncidentSeverity signalled = IncidentSeverity.of(signal.severity());
        if (firing && status.isOpen() && signalled.isWorseThan(severity)) {
            apply(new SeverityChanged(incidentId, severity, signalled, null,
                    "alert " + signal.alertName() + " is " + signalled, commander, DomainClock.now()));
        }
        if (status.isOpen() && alerts.allJustResolved()) {
            apply(new AllAlertsResolved(incidentId, alerts.alerts(), commander, DomainClock.now()));
            if (escalation.resolveWhenAlertsResolve()) {
                resolve("beacon", "Every alert resolved", deadlines);
            }
        }
        return AttachSignal.Outcome.ATTACHED;
    }

    @DeadlineHandler(deadlineName = EscalationDue.DEADLINE)
    void on(EscalationDue due, DeadlineManager deadlines) {
        if (acknowledgement != null || !status.isOpen() || !paging.awaits(due.step())) {
            return; // acknowledged, resolved or superseded since it was scheduled
        }
        ResponderPaged lastPage = paging.last();
        EscalationPlan.after(escalation, lastPage.level(), lastPage.round()).ifPresentOrElse(
                next -> apply(EscalationStep.page(incidentId, escalation, brief(), due.step(), next.level(),
                        next.round(), due.dueAt(), deadlines)),
                () -> apply(new EscalationExhausted(incidentId, lastPage.step(), escalation.teamChannel(),
                        DomainClock.now())));
    }

    @CommandHandler
    IncidentAcknowledged handle(AcknowledgeIncident command, DeadlineManager deadlines, IncidentRules rules) {
        Actors.require(command.acknowledgedBy(), "Say who acknowledges the incident");
        if (acknowledgement == null) {
            requireOpen("acknowledge");
            acknowledge(command.acknowledgedBy(), deadlines, rules);
        }
        return acknowledgement;
    }

    private void acknowledge(String by, DeadlineManager deadlines, IncidentRules rules) {
        Instant now = DomainClock.now();
        Instant firstUpdateDue = now.plus(rules.statusCadence());
        apply(new IncidentAcknowledged(incidentId, brief.service(), by, now, brief(), paging.pagedSteps(),
                firstUpdateDue));
        deadlines.cancelAllWithinScope(EscalationDue.DEADLINE, IncidentScope.of(incidentId));
        cadence.schedule(deadlines, incidentId, firstUpdateDue);
    }

    @CommandHandler
    void handle(AssignCommander command) {
        Actors.require(command.commander(), "Say who the commander is");
        Actors.require(command.assignedBy(), "Say who assigns the commander");
        requireOpen("assign a commander to");
        if (!command.commander().equals(commander)) {
            apply(new CommanderAssigned(incidentId, command.commander(), commander, command.assignedBy(),
                    DomainClock.now()));
        }
    }

    @CommandHandler
    void handle(ChangeSeverity command) {
        Actors.require(command.changedBy(), "Say who changes the severity");
        if (command.severity() == null) {
            throw new IllegalArgumentException("Say which severity: SEV1, SEV2, SEV3 or SEV4");
        }
        requireOpen("change the severity of");
        if (command.severity() != severity) {
            apply(new SeverityChanged(incidentId, severity, command.severity(), command.changedBy(),
                    command.reason(), commander, DomainClock.now()));
        }
    }

    @CommandHandler
    void handle(PostStatusUpdate command, DeadlineManager deadlines, IncidentRules rules) {
        StatusUpdate update = StatusUpdate.of(command, rules);
        requireOpen("post an update to");
        if (acknowledgement == null) {
            acknowledge(command.postedBy(), deadlines, rules); // whoever writes updates is on it
        }
        if (commander == null) {
            apply(new CommanderAssigned(incidentId, command.postedBy(), null, command.postedBy(),
                    DomainClock.now()));
        }
        Instant now = DomainClock.now();
        boolean resolves = update.resolves();
        Instant due = resolves ? null : now.plus(update.nextUpdateIn());
        apply(new StatusUpdatePosted(incidentId, cadence.sequence() + 1, command.label(), update.summary(),
                update.impact(), update.nextStep(), commander, command.postedBy(), due,
                escalation.broadcastChannel(), now));
        if (resolves) {
            resolve(command.postedBy(), update.summary(), deadlines);
        } else {
            cadence.schedule(deadlines, incidentId, due);
        }
    }

    @DeadlineHandler(deadlineName = StatusUpdateDue.DEADLINE)
    void on(StatusUpdateDue due, DeadlineManager deadlines, IncidentRules rules) {
        if (status.isOpen()) {
            cadence.overdue(due, deadlines, rules, incidentId, commander, escalation).ifPresent(
                    AggregateLifecycle::apply);
        }
    }

    @CommandHandler
    void handle(ResolveIncident command, DeadlineManager deadlines) {
        Actors.require(command.resolvedBy(), "Say who resolves the incident");
        if (status.isOpen()) {
            resolve(command.resolvedBy(), command.summary(), deadlines);
        }
    }

    private void resolve(String by, String summary, DeadlineManager deadlines) {
        apply(new IncidentResolved(incidentId, brief.service(), by, summary, DomainClock.now()));
        deadlines.cancelAllWithinScope(EscalationDue.DEADLINE, IncidentScope.of(incidentId));
        cadence.cancel(deadlines, incidentId);
    }

    @CommandHandler
    void handle(ReopenIncident command, DeadlineManager deadlines, IncidentRules rules) {
        Actors.require(command.reopenedBy(), "Say who reopens the incident");
        if (status.isOpen()) {
            throw new IllegalStateException(brief.reference() + " is not resolved");
        }
        Instant now = DomainClock.now();
        rules.requireReopenable(brief.reference(), resolvedAt, now);
        Instant due = now.plus(rules.statusCadence());
        apply(new IncidentReopened(incidentId, brief.service(), command.reopenedBy(), command.reason(), due, now));
        cadence.schedule(deadlines, incidentId, due);
    }

    @CommandHandler
    RecordPageDelivery.Recorded handle(RecordPageDelivery command) {
        if (!paging.awaitsDelivery(command.step())) {
            return null;
        }
        PageDelivered delivered = new PageDelivered(incidentId, command.step(), command.channel(),
                command.messageTs(), DomainClock.now());
        apply(delivered);
        Instant alertReceivedAt = brief.trigger() == null ? null : brief.trigger().receivedAt();
        return new RecordPageDelivery.Recorded(delivered, alertReceivedAt, brief.declaredAt());
    }

    @CommandHandler
    void handle(RecordNotificationFailure command) {
        if (!recordedFailures.contains(command.purpose() + "@" + command.address())) {
            apply(new NotificationFailed(incidentId, command.purpose(), command.address(), command.error(),
                    command.deliveredTo(), DomainClock.now()));
        }
    }
}
