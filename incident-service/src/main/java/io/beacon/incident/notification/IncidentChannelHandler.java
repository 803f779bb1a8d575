package io.beacon.incident.notification;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Decides what an incident says in its own channel besides pages: the channel with its pinned summary (kept current
 * from {@link IncidentChannelState}), invitations for the people on it, status updates (also to stakeholders),
 * nudges for late updates and notices. Runs in the processor's transaction, so the state row, the outbox messages
 * and the token commit together; an event already applied (by its aggregate sequence number) changes nothing. Never
 * replayed: a replay must not post anything again. Incidents declared before this handler first ran have no state
 * and no channel, so it says nothing about them.
 */
@Component
@ProcessingGroup(IncidentChannelHandler.PROCESSING_GROUP)
@DisallowReplay
public class IncidentChannelHandler {

    public static final String PROCESSING_GROUP = "incident-channel";
    private final IncidentChannelStates states;
    private final IncidentNotifier notifier;

    public IncidentChannelHandler(IncidentChannelStates states, IncidentNotifier notifier) {
        this.states = states;
        this.notifier = notifier;
    }

    @EventHandler
    void on(IncidentDeclared event, @SequenceNumber long sequence) {
        if (states.find(event.incidentId()).isEmpty()) {
            IncidentChannelState state = IncidentChannelState.declared(event, sequence);
            states.insert(state);
            notifier.openChannel(state);
        }
    }

    @EventHandler
    void on(ResponderPaged event) {
        if (event.responder() != null && !event.responder().isBlank()) {
            states.find(event.incidentId()).ifPresent(state -> notifier.invite(state, event.responder()));
        }
    }

    @EventHandler
    void on(IncidentAcknowledged event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence,
                s -> s.acknowledged(event.acknowledgedBy(), event.firstUpdateDueAt(), sequence));
    }

    @EventHandler
    void on(CommanderAssigned event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.commander(event.commander(), sequence))
                .ifPresent(state -> notifier.invite(state, event.commander()));
    }

    @EventHandler
    void on(SeverityChanged event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.severity(event.to(), sequence)).ifPresent(state -> {
            if (event.changedBy() == null) {
                notifier.severityRaisedByAlert(state, event);
            }
        });
    }

    @EventHandler
    void on(StatusUpdatePosted event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.statusUpdate(event.label(), event.summary(), event.impact(),
                event.commander(), event.nextUpdateDueAt(), sequence))
                .ifPresent(state -> notifier.statusUpdate(state, event,
                        EscalationRecipients.broadcast(event.broadcastChannel(), state.teamChannel())));
    }

    @EventHandler
    void on(StatusUpdateOverdue event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.overdue(event.missed(), sequence)).ifPresent(state -> {
            String teamChannel = event.teamChannel() != null ? event.teamChannel() : state.teamChannel();
            Recipient escalateTo = event.escalationContact() == null ? null
                    : EscalationRecipients.of(event.escalationContact(), teamChannel, state.commander());
            notifier.updateOverdue(state, event, teamChannel, escalateTo);
        });
    }

    @EventHandler
    void on(AllAlertsResolved event) {
        states.find(event.incidentId()).ifPresent(state -> notifier.allAlertsResolved(state, event));
    }

    @EventHandler
    void on(EscalationExhausted event) {
        states.find(event.incidentId()).ifPresent(state -> {
            String teamChannel = event.teamChannel() != null ? event.teamChannel() : state.teamChannel();
            if (teamChannel != null) {
                notifier.escalationExhausted(state, event, Recipient.everyoneIn(teamChannel));
            }
        });
    }

    @EventHandler
    void on(IncidentResolved event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.resolved(event.resolvedBy(), event.resolvedAt(), sequence))
                .ifPresent(state -> notifier.resolved(state, event));
    }

    @EventHandler
    void on(IncidentReopened event, @SequenceNumber long sequence) {
        change(event.incidentId(), sequence, s -> s.reopened(event.nextUpdateDueAt(), sequence))
                .ifPresent(state -> notifier.reopened(state, event));
    }

    private Optional<IncidentChannelState> change(String incidentId, long sequence,
                                                  UnaryOperator<IncidentChannelState> change) {
        return states.find(incidentId).flatMap(state -> change(state, sequence, change));
    }

    /** Applies the change, saves it and refreshes the summary; empty when the event was applied before. */
    private Optional<IncidentChannelState> change(IncidentChannelState state, long sequence,
                                                  UnaryOperator<IncidentChannelState> change) {
        if (sequence <= state.lastEventSequence()) {
            return Optional.empty();
        }
        IncidentChannelState changed = change.apply(state);
        states.update(changed);
        notifier.refreshSummary(changed);
        return Optional.of(changed);
    }
}
