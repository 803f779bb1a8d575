package io.beacon.bench;

import java.time.Duration;

/**
 * How big each scenario is. {@link #full()} is the set (about 10 minutes on two cores); {@link #quick()} is
 * the same shape scaled down to try the command in about two minutes. Every wait is bounded, so a
 * platform slower than its goals still gets a report (with the shortfall in it) in time.
 */
record Sizes(String name, Duration kafkaWindow, Duration gatewayWindow, int gatewaySenders, int intakeSignals,
             int stormAlerts, int stormAlertsPerSecond, int stormServices, Duration probeEvery,
             Duration escalationAfter, Duration stormSettle, int timelineLoads, Duration intakeTimeout,
             Duration drainTimeout, int floodServices) {

    static final int ALERTS_PER_WEBHOOK = 10;
    private static final String QUICK = "quick";

    static Sizes full() {
        return new Sizes("full", Duration.ofSeconds(10), Duration.ofSeconds(10), 32, 10_000, 100_000, 1_000, 200,
                Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofSeconds(60), 30, Duration.ofSeconds(150),
                Duration.ofSeconds(60), 10_000);
    }

    static Sizes quick() {
        return new Sizes(QUICK, Duration.ofSeconds(3), Duration.ofSeconds(4), 16, 2_000, 10_000, 1_000, 200,
                Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofSeconds(30), 10, Duration.ofSeconds(30),
                Duration.ofSeconds(20), 300);
    }

    /** The short try of {@code --quick}, whose report never replaces the full set's in {@code docs/}. */
    boolean isQuick() {
        return QUICK.equals(name);
    }

    /** The same set with a deadline flood of {@code services} new services ({@code --flood-services}). */
    Sizes withFloodServices(int services) {
        return new Sizes(name, kafkaWindow, gatewayWindow, gatewaySenders, intakeSignals, stormAlerts,
                stormAlertsPerSecond, stormServices, probeEvery, escalationAfter, stormSettle, timelineLoads,
                intakeTimeout, drainTimeout, services);
    }

    Duration stormDuration() {
        return Duration.ofMillis(1000L * stormAlerts / stormAlertsPerSecond);
    }
}
