package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Records {@code beacon.signal.intake}: from the gateway accepting an alert ({@link AlertSignalReceived#occurredAt})
 * to its signal being committed on its incident here (or found to open nothing), Kafka's transit and any redelivery
 * included. Tagged with the signal's status. The two ends are wall clocks on two hosts: skew shows here.
 */
final class SignalIntakeTimer {

    static final String METRIC = "beacon.signal.intake";
    private final MeterRegistry registry;
    private final Clock clock;

    SignalIntakeTimer(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void taken(AlertSignalReceived received) {
        if (received.occurredAt() == null) {
            return;
        }
        Duration intake = Duration.between(received.occurredAt(), clock.instant());
        Timer.builder(METRIC)
                .description("Time from the gateway accepting an alert to its signal being committed on its incident")
                .tag("status", received.status() == null ? "unknown"
                        : received.status().name().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry)
                .record(intake.isNegative() ? Duration.ZERO : intake);
    }
}
