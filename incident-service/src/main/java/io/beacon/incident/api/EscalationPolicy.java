package io.beacon.incident.api;

import java.util.List;

/**
 * The owning team's escalation policy and channels, copied into the incident when it opens so that editing the
 * on-call file mid-incident never changes a running escalation.
 *
 * @param rotation               who "on-call" means at any moment
 * @param levels                 paged in order, each after the previous one's wait ran out unacknowledged
 * @param repeat                 how many more times the whole chain runs after the first (0: once)
 * @param broadcastChannel       where status updates go for stakeholders
 * @param fallbackChannel        the default team's channel, the last resort when the team's channel fails
 * @param resolveWhenAlertsResolve whether the incident resolves by itself once every attached alert resolved
 */
public record EscalationPolicy(
        String team,
        String teamChannel,
        String broadcastChannel,
        String fallbackChannel,
        Rotation rotation,
        List<EscalationLevel> levels,
        int repeat,
        boolean resolveWhenAlertsResolve) {

    public EscalationPolicy {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("An escalation policy needs at least one level");
        }
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must not be negative, was " + repeat);
        }
        levels = List.copyOf(levels);
    }

    /**
     * The target paged at {@code level} of {@code round} (both 1-based), or empty when the chain is exhausted.
     */
    public java.util.Optional<EscalationLevel> level(int level, int round) {
        if (round > repeat + 1 || level < 1 || level > levels.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(levels.get(level - 1));
    }

    /** Whom to tell when the commander misses updates: the second level's target, else the first's. */
    public EscalationTarget escalationContact() {
        return levels.get(Math.min(1, levels.size() - 1)).target();
    }
}
