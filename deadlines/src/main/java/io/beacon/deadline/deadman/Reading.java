package io.beacon.deadline.deadman;

import java.time.Duration;
import java.util.Map;

/**
 * One look at a check: how long it has been stalled (zero when healthy) and what was seen, for the health details
 * and the Slack message.
 */
record Reading(Check check, Duration stalled, String summary, Map<String, Object> details) {

    Reading {
        stalled = stalled.isNegative() ? Duration.ZERO : stalled;
        details = Map.copyOf(details);
    }
}
