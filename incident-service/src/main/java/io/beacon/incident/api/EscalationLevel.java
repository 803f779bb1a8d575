package io.beacon.incident.api;

import java.time.Duration;

/** One step of an escalation policy: page {@code target}, then wait {@code after} for an acknowledgement. */
public record EscalationLevel(EscalationTarget target, Duration after) {

    public EscalationLevel {
        if (target == null || after == null || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("An escalation level needs a target and a positive wait");
        }
    }
}
