package io.beacon.incident.incident;

import io.beacon.incident.api.EscalationPolicy;

import java.util.Optional;

/** Which level of the policy comes after another: the next level, then level 1 of the next round, then nothing. */
final class EscalationPlan {

    record Position(int level, int round) {
    }

    private EscalationPlan() {
    }

    static Optional<Position> after(EscalationPolicy policy, int level, int round) {
        if (level < policy.levels().size()) {
            return Optional.of(new Position(level + 1, round));
        }
        if (round <= policy.repeat()) {
            return Optional.of(new Position(1, round + 1));
        }
        return Optional.empty();
    }
}
