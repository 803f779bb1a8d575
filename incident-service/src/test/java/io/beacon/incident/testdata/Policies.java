package io.beacon.incident.testdata;

import io.beacon.incident.api.EscalationLevel;
import io.beacon.incident.api.EscalationPolicy;
import io.beacon.incident.api.EscalationTarget;
import io.beacon.incident.api.Rotation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Object mother for escalation policies. */
public final class Policies {

    public static final Rotation PAYMENTS_ROTATION = new Rotation(Instant.parse("2026-11-02T09:00:00Z"),
            Duration.ofDays(7), List.of("U0ALICE", "bob@example.com"));

    private Policies() {
    }

    /** On-call for 5 minutes, then the team lead for 10, the chain run twice in all. */
    public static EscalationPolicy payments() {
        return payments(1, false);
    }

    public static EscalationPolicy payments(int repeat, boolean resolveWhenAlertsResolve) {
        return new EscalationPolicy("payments", "C0PAYMENTS", "C0STATUS", "C0SRE", PAYMENTS_ROTATION,
                List.of(new EscalationLevel(EscalationTarget.onCall(), Duration.ofMinutes(5)),
                        new EscalationLevel(EscalationTarget.user("U0LEAD"), Duration.ofMinutes(10))),
                repeat, resolveWhenAlertsResolve);
    }
}
