package io.beacon.incident.notification;

import io.beacon.incident.api.RecordPageDelivery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Records {@code beacon.page.latency}: from the gateway receiving the alert that opened an incident to Slack
 * accepting that incident's first page (its {@link io.beacon.incident.api.PageDelivered} time, taken right after
 * Slack's answer). Escalation pages are left out, they wait for their deadline by design ({@code beacon.deadline.lag}
 * measures those), and so are incidents declared by hand. Both ends are wall clocks on two hosts: skew shows here.
 */
@Component
class PageLatencyTimer {

    static final String METRIC = "beacon.page.latency";
    private final Timer timer;

    PageLatencyTimer(MeterRegistry registry) {
        this.timer = Timer.builder(METRIC)
                .description("Time from the alert's receipt at the gateway to Slack accepting the incident's first page")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
    }

    /** Records a first delivery of step 1; ignores repeats (null), escalations and hand-declared incidents. */
    void record(RecordPageDelivery.Recorded recorded) {
        if (recorded == null || recorded.delivered().step() != 1 || recorded.alertReceivedAt() == null) {
            return;
        }
        Duration latency = Duration.between(recorded.alertReceivedAt(), recorded.delivered().deliveredAt());
        timer.record(latency.isNegative() ? Duration.ZERO : latency);
    }
}
