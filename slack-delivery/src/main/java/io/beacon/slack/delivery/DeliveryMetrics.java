package io.beacon.slack.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts permanent delivery failures by Slack error; without a registry it counts nothing. */
final class DeliveryMetrics {

    static final String FAILED = "beacon.slack.delivery.failed";
    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void permanentFailure(String error) {
        if (registry != null) {
            Counter.builder(FAILED).description("Slack outbox deliveries that failed permanently at an address")
                    .tag("error", error).register(registry).increment();
        }
    }
}
