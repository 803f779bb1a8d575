package io.beacon.postmortem.followup;

import java.time.Duration;

/** How urgent an action item is; the default due offset counts from the item's creation. */
public enum Priority {
    P1(Duration.ofDays(7)),
    P2(Duration.ofDays(30)),
    P3(Duration.ofDays(90));

    private final Duration defaultDueOffset;

    Priority(Duration defaultDueOffset) {
        this.defaultDueOffset = defaultDueOffset;
    }

    public Duration defaultDueOffset() {
        return defaultDueOffset;
    }
}
