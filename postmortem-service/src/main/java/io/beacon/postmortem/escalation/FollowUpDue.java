package io.beacon.postmortem.escalation;

import java.time.Instant;

/**
 * Deadline payload: step {@code step} of ladder {@code generation} is due at {@code at}. A ladder rebuilt (rescheduled,
 * reopened) gets a new generation, so a deadline left from an older one does nothing even if its cancellation was
 * lost. Shared by action items and postmortems (publish deadline).
 */
public record FollowUpDue(int generation, int step, Instant at) {

    public static final String DEADLINE = "follow-up";
}
