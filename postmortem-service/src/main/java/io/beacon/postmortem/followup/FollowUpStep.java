package io.beacon.postmortem.followup;

import java.time.Instant;

/**
 * One rung of a {@link FollowUpLadder}: at {@code at}, tell {@code recipient}. Level 0 is the owner, 1 their manager,
 * 2 the manager's manager, and so on.
 */
public record FollowUpStep(Kind kind, int level, String recipient, Instant at) {

    public enum Kind {
        /** Ahead of the due date, to the owner. */
        REMINDER,
        /** At the due date, to the owner. */
        DUE,
        /** Past the due date, to a manager above the owner. */
        ESCALATION
    }

    FollowUpStep at(Instant when) {
        return new FollowUpStep(kind, level, recipient, when);
    }
}
