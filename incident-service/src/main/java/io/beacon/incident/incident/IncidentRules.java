package io.beacon.incident.incident;

import java.time.Duration;

/**
 * The configurable rules incidents follow.
 *
 * @param statusCadence     the default interval until the next status update
 * @param minUpdateInterval the shortest next-update interval a commander may promise
 * @param maxUpdateInterval the longest
 * @param reopenWindow      how long after resolution an incident may be reopened
 */
public record IncidentRules(Duration statusCadence, Duration minUpdateInterval, Duration maxUpdateInterval,
                            Duration reopenWindow) {

    public static final IncidentRules DEFAULTS = new IncidentRules(Duration.ofMinutes(30), Duration.ofMinutes(5),
            Duration.ofHours(4), Duration.ofHours(24));

    public IncidentRules {
        if (minUpdateInterval.isNegative() || minUpdateInterval.isZero()
                || maxUpdateInterval.compareTo(minUpdateInterval) < 0) {
            throw new IllegalArgumentException("Status update intervals must satisfy 0 < min <= max");
        }
        if (statusCadence.compareTo(minUpdateInterval) < 0 || statusCadence.compareTo(maxUpdateInterval) > 0) {
            throw new IllegalArgumentException("The status cadence " + statusCadence + " must lie between "
                    + minUpdateInterval + " and " + maxUpdateInterval);
        }
    }

    /** Refuses to reopen {@code reference}, resolved at {@code resolvedAt}, once the reopen window has passed. */
    public void requireReopenable(String reference, java.time.Instant resolvedAt, java.time.Instant now) {
        if (now.isAfter(resolvedAt.plus(reopenWindow))) {
            throw new IllegalStateException(reference + " was resolved more than " + reopenWindow
                    + " ago: declare a new incident");
        }
    }

    /** The interval promised by an update: the requested one (checked), or the cadence when none was asked. */
    public Duration nextUpdateIn(Duration requested) {
        if (requested == null) {
            return statusCadence;
        }
        if (requested.compareTo(minUpdateInterval) < 0 || requested.compareTo(maxUpdateInterval) > 0) {
            throw new IllegalArgumentException("The next update must come between " + minUpdateInterval + " and "
                    + maxUpdateInterval + " from now, not " + requested);
        }
        return requested;
    }
}
