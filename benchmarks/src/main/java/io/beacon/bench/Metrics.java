package io.beacon.bench;

import io.beacon.testkit.PrometheusScrape;

import java.util.Map;

/** The services' Micrometer series the figures come from, as named on {@code /actuator/prometheus}. */
final class Metrics {

    static final String INTAKE = "beacon_signal_intake_seconds";
    static final String PAGE_LATENCY = "beacon_page_latency_seconds";
    /** {@link #PAGE_LATENCY} split at the incident's declaration: {@code stage} = {@code open} or {@code deliver}. */
    static final String PAGE_STAGE = "beacon_page_stage_seconds";
    static final String DEADLINE_LAG = "beacon_deadline_lag_seconds";
    static final String WEBHOOK = "beacon_webhook_seconds";
    static final Map<String, String> ESCALATION = Map.of("deadline", "escalation");

    private Metrics() {
    }

    /** Signals incident-service has committed on their incidents (or found to open nothing), all statuses. */
    static double intakeCount(Target target) {
        return target.scrapeIncidents().timerCount(INTAKE, Map.of());
    }

    static BucketHistogram histogram(PrometheusScrape scrape, String name, Map<String, String> labels) {
        return BucketHistogram.of(scrape, name, labels);
    }
}
