package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The services' Micrometer series the figures come from, as named on {@code /actuator/prometheus}. */
final class Metrics {

    static final String INTAKE = "beacon_signal_intake_seconds";
    static final String PAGE_LATENCY = "beacon_page_latency_seconds";
    static final String DEADLINE_LAG = "beacon_deadline_lag_seconds";
    static final String WEBHOOK = "beacon_webhook_seconds";
    static final Map<String, String> ESCALATION = Map.of("deadline", "escalation");

    private Metrics() {
    }

    static double intakeCount(Target target) {
        return target.scrapeIncidents().timerCount(INTAKE, Map.of());
    }

    static BucketHistogram histogram(PrometheusScrape scrape, String name, Map<String, String> labels) {
        return BucketHistogram.of(scrape, name, labels);
    }

    /**
     * Waits until incident-service has taken {@code expected} signals more than {@code baseline} (the scenario
     * before has drained), so one scenario's backlog doesn't bill the next; true if it did within the timeout.
     */
    static boolean awaitIntake(Target target, double baseline, long expected, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (intakeCount(target) - baseline >= expected) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
