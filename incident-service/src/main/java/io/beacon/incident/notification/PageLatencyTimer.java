package io.beacon.incident.notification;

import io.beacon.incident.api.RecordPageDelivery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Records {@code beacon.page.latency}: from the gateway receiving the alert that opened an incident to Slack
 * accepting that incident's first page (its {@link io.beacon.incident.api.PageDelivered} time, taken right after
 * Slack's answer). Escalation pages are left out, they wait for their deadline by design ({@code beacon.deadline.lag}
 * measures those), and so are incidents declared by hand. Both ends are wall clocks on two hosts: skew shows here.
 *
 * <p>Beside it, {@code beacon.page.stage} splits the same latency in two at the incident's declaration: {@code open}
 * (alert received → incident declared: the Kafka intake and the commands that open it) and {@code deliver} (declared →
 * Slack accepted: the Slack outbox, whose page row {@link ImmediatePaging} writes with the opening, and Slack). Under
 * a storm the first is most of it (docs/benchmarks*.md).
 */
@Component
class PageLatencyTimer {

    static final String METRIC = "beacon.page.latency";
    static final String STAGES = "beacon.page.stage";
    private final Timer timer;
    private final Timer opening;
    private final Timer delivering;

    PageLatencyTimer(MeterRegistry registry) {
        this.timer = Timer.builder(METRIC)
                .description("Time from the alert's receipt at the gateway to Slack accepting the incident's first page")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
        this.opening = stage(registry, "open", "alert received at the gateway → incident declared");
        this.delivering = stage(registry, "deliver", "incident declared → Slack accepted its first page");
    }

    private static Timer stage(MeterRegistry registry, String stage, String description) {
        return Timer.builder(STAGES)
                .tag("stage", stage)
                .description("A stage of beacon.page.latency: " + description)
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
    }

    /** Records a first delivery of step 1; ignores repeats (null), escalations and hand-declared incidents. */
    void record(RecordPageDelivery.Recorded recorded) {
        if (recorded == null || recorded.delivered().step() != 1 || recorded.alertReceivedAt() == null) {
            return;
        }
        timer.record(between(recorded.alertReceivedAt(), recorded.delivered().deliveredAt()));
        if (recorded.declaredAt() != null) {
            opening.record(between(recorded.alertReceivedAt(), recorded.declaredAt()));
            delivering.record(between(recorded.declaredAt(), recorded.delivered().deliveredAt()));
        }
    }

    /** Never negative: the gateway's clock may be ahead of this host's. */
    private static Duration between(Instant from, Instant to) {
        Duration latency = Duration.between(from, to);
        return latency.isNegative() ? Duration.ZERO : latency;
    }
}
