package io.beacon.incident.incident;

import io.beacon.incident.api.EscalationDue;
import io.beacon.incident.api.EscalationLevel;
import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.api.EscalationTarget;
import io.beacon.incident.api.IncidentBrief;
import io.beacon.incident.api.ResponderPaged;
import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One step of an escalation: whom the policy's level names at this moment (the rotation's on-call, a person, or a
 * whole channel), where the page goes and falls back to, and the deadline of the next step, timed from when this one
 * was due so a late deadline never pushes the chain back.
 */
final class EscalationStep {

    private EscalationStep() {
    }

    /** The page of this step; the caller applies it. Schedules the next step's deadline. */
    static ResponderPaged page(String incidentId, EscalationPolicy escalation, IncidentBrief brief, int step,
                               int level, int round, Instant dueAt, DeadlineManager deadlines) {
        EscalationLevel target = escalation.level(level, round).orElseThrow();
        Instant now = DomainClock.now();
        String responder = switch (target.target().kind()) {
            case ON_CALL -> escalation.rotation().responderAt(now);
            case USER -> target.target().value();
            case CHANNEL -> null;
        };
        String channel = target.target().kind() == EscalationTarget.Kind.CHANNEL
                && target.target().value() != null ? target.target().value() : escalation.teamChannel();
        List<String> fallbacks = Stream.of(escalation.teamChannel(), escalation.fallbackChannel())
                .filter(Objects::nonNull).filter(c -> !c.equals(channel)).distinct().toList();
        Instant nextAt = dueAt.plus(target.after());
        deadlines.schedule(nextAt, EscalationDue.DEADLINE, new EscalationDue(step + 1, nextAt),
                IncidentScope.of(incidentId));
        return new ResponderPaged(incidentId, step, level, round, responder, channel, fallbacks, brief, now);
    }
}
