package io.beacon.deadline.deadman;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest {@link Snapshot}, read by the health indicator and the gauges: {@code beacon.deadman.tripped{check}}
 * (1 while tripped), {@code beacon.deadlines.overdue} (due deadlines unpicked for longer than {@code stall-after}) and
 * {@code beacon.processor.stalled_seconds{processor}} (beyond the normal 5 s of lag; 0 when advancing).
 */
final class SwitchState {

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final MeterRegistry registry;

    SwitchState(MeterRegistry registry) {
        this.registry = registry;
        for (Check check : Check.values()) {
            Gauge.builder("beacon.deadman.tripped", this, state -> state.latest().map(s -> s.tripped(check) ? 1 : 0)
                            .orElse(0))
                    .description("1 while the dead-man's switch over the escalation machinery is tripped")
                    .tag("check", check.tag())
                    .register(registry);
        }
        Gauge.builder("beacon.deadlines.overdue", this,
                        state -> state.latest().map(Snapshot::overdueDeadlines).orElse(0L))
                .description("Due deadlines left unpicked for longer than beacon.deadman.stall-after")
                .register(registry);
    }

    Optional<Snapshot> latest() {
        return Optional.ofNullable(latest.get());
    }

    void update(Snapshot snapshot) {
        latest.set(snapshot);
        // processors are known only once Axon runs; registering again is a no-op
        snapshot.processorStalls().keySet().forEach(processor -> Gauge.builder("beacon.processor.stalled_seconds",
                        this, state -> state.latest().map(s -> s.processorStalls().getOrDefault(processor, Duration.ZERO))
                                .orElse(Duration.ZERO).toSeconds())
                .description("How long a streaming processor has not advanced past waiting events, beyond the normal"
                        + " 5 s of lag")
                .tag("processor", processor)
                .register(registry));
    }
}
