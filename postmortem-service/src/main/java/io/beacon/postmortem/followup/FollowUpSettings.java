package io.beacon.postmortem.followup;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * The org file's {@code follow-up} durations: remind the owner {@code remindBeforeDue} ahead of the due date, wait
 * {@code graceAfterDue} before telling the owner's manager, then go one manager up every {@code escalateEvery}. A
 * postmortem must be published within {@code publishWithin} of being drafted.
 */
public record FollowUpSettings(Duration remindBeforeDue, Duration graceAfterDue, Duration escalateEvery,
                               Duration publishWithin) {

    public static final FollowUpSettings DEFAULTS = new FollowUpSettings(Duration.ofDays(1), Duration.ofDays(2),
            Duration.ofDays(2), Duration.ofHours(72));

    public FollowUpSettings {
        if (Stream.of(remindBeforeDue, graceAfterDue, escalateEvery, publishWithin)
                .anyMatch(d -> d == null || d.isZero() || d.isNegative())) {
            throw new IllegalArgumentException("follow-up durations must be longer than zero");
        }
    }
}
