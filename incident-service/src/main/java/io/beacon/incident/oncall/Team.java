package io.beacon.incident.oncall;

import io.beacon.incident.api.EscalationLevel;
import io.beacon.incident.api.EscalationTarget;
import io.beacon.incident.api.Rotation;

import java.time.Duration;
import java.util.List;

/**
 * A team that owns services: its pages go to {@code channel}, addressed as its escalation policy says; status
 * updates go to its {@code broadcastChannel}.
 *
 * @param escalation  ordered levels; without any in the file, the on-call responder is paged every 5 minutes
 * @param repeat      how many more times the chain runs after the first
 */
public record Team(String name, String channel, Rotation rotation, String broadcastChannel,
                   List<EscalationLevel> escalation, int repeat, boolean resolveWhenAlertsResolve) {

    public static final List<EscalationLevel> DEFAULT_ESCALATION =
            List.of(new EscalationLevel(EscalationTarget.onCall(), Duration.ofMinutes(5)));
    public static final int DEFAULT_REPEAT = 2;

    public Team {
        escalation = escalation == null || escalation.isEmpty() ? DEFAULT_ESCALATION : List.copyOf(escalation);
    }

    public Team(String name, String channel, Rotation rotation) {
        this(name, channel, rotation, null, DEFAULT_ESCALATION, DEFAULT_REPEAT, false);
    }
}
