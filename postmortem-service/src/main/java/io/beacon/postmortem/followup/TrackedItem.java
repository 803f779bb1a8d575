package io.beacon.postmortem.followup;

import java.time.Instant;
import java.util.Objects;

/** What {@link OverdueFigures} needs to know of an action item; {@code completedAt} is null while it is open. */
public record TrackedItem(String owner, String team, Instant due, Instant completedAt, boolean deprioritised) {

    public TrackedItem {
        Objects.requireNonNull(due, "due");
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** Open, not deprioritised, and past its due date. */
    public boolean overdueAt(Instant now) {
        return !completed() && !deprioritised && due.isBefore(now);
    }
}
