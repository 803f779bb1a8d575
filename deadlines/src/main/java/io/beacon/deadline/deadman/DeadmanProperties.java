package io.beacon.deadline.deadman;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the dead-man's switch trips. With the defaults a stall is reported within a minute: at most
 * {@code stallAfter} plus the allowance of what normally lags plus one {@code checkInterval}.
 *
 * @param enabled        off only for tests of something else; the switch exists because "silently disabled" is the
 *                       failure it guards against
 * @param stallAfter     how long deadlines may stop firing, or a processor stop advancing, before the switch trips;
 *                       it recovers once the stall is under half of this (so two instances never flap it)
 * @param checkInterval  how often each instance looks
 * @param canaryInterval how often the canary deadline runs; its last run is the heartbeat of the scheduler
 * @param slackChannel   where to say it (a channel id); empty: the service's {@link DeadmanChannel}, if any
 */
@ConfigurationProperties("beacon.deadman")
record DeadmanProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("40s") Duration stallAfter,
        @DefaultValue("5s") Duration checkInterval,
        @DefaultValue("10s") Duration canaryInterval,
        String slackChannel) {

    DeadmanProperties {
        if (stallAfter.compareTo(canaryInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("beacon.deadman.stall-after (" + stallAfter
                    + ") must be at least twice beacon.deadman.canary-interval (" + canaryInterval + ")");
        }
        if (checkInterval.isZero() || checkInterval.isNegative()) {
            throw new IllegalArgumentException("beacon.deadman.check-interval must be positive");
        }
    }

    /** Below this the switch recovers: half the trip threshold. */
    Duration recoverBelow() {
        return stallAfter.dividedBy(2);
    }
}
