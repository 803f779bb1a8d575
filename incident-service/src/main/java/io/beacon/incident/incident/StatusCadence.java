package io.beacon.incident.incident;

import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.api.StatusUpdateDue;
import io.beacon.incident.api.StatusUpdateOverdue;
import org.axonframework.deadline.DeadlineManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The promise of the next status update: which update it follows, when it is due, at what interval the commander is
 * nudged once it is late, and how many intervals have been missed. State is set only from event-sourcing handlers
 * ({@link #expect}, {@link #missed}); the rest decides and schedules.
 */
final class StatusCadence {

    private int sequence;
    private Instant dueAt;
    private Duration interval;
    private int missed;

    void expect(int sequence, Instant dueAt, Instant from) {
        this.sequence = sequence;
        this.dueAt = dueAt;
        this.interval = from == null || dueAt == null ? null : Duration.between(from, dueAt);
        this.missed = 0;
    }

    void missed(int count) {
        missed = count;
    }

    int sequence() {
        return sequence;
    }

    void schedule(DeadlineManager deadlines, String incidentId, Instant due) {
        cancel(deadlines, incidentId);
        deadlines.schedule(due, StatusUpdateDue.DEADLINE, new StatusUpdateDue(sequence, 1, due),
                IncidentScope.of(incidentId));
    }

    void cancel(DeadlineManager deadlines, String incidentId) {
        deadlines.cancelAllWithinScope(StatusUpdateDue.DEADLINE, IncidentScope.of(incidentId));
    }

    /** The nudge for a deadline that is still current, with the next one scheduled; empty for a stale deadline. */
    Optional<StatusUpdateOverdue> overdue(StatusUpdateDue due, DeadlineManager deadlines, IncidentRules rules,
                                          String incidentId, String commander, EscalationPolicy escalation) {
        if (due.afterSequence() != sequence || due.missed() != missed + 1 || dueAt == null) {
            return Optional.empty();
        }
        Instant now = DomainClock.now();
        Instant nextNudge = due.dueAt().plus(interval == null ? rules.statusCadence() : interval);
        deadlines.schedule(nextNudge, StatusUpdateDue.DEADLINE,
                new StatusUpdateDue(sequence, due.missed() + 1, nextNudge), IncidentScope.of(incidentId));
        return Optional.of(new StatusUpdateOverdue(incidentId, dueAt, due.missed(), commander,
                due.missed() >= 2 ? escalation.escalationContact() : null, escalation.teamChannel(), nextNudge,
                now));
    }
}
