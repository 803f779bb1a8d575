package io.beacon.deadline.deadman;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code escalationMachinery}: DOWN while the dead-man's switch is tripped (the shared state, so every instance says
 * the same) and when the watchdog itself has stopped checking. The services put it in their readiness group: an
 * instance whose escalations can't fire should not be taking new incidents as if they could.
 */
final class EscalationMachineryHealth implements HealthIndicator {

    private final SwitchState state;
    private final DeadmanProperties properties;
    private final Clock clock;

    EscalationMachineryHealth(SwitchState state, DeadmanProperties properties, Clock clock) {
        this.state = state;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("watchdog", "disabled (beacon.deadman.enabled=false)").build();
        }
        return state.latest().map(snapshot -> {
            Duration silent = Duration.between(snapshot.at(), clock.instant());
            Duration allowed = properties.checkInterval().multipliedBy(3).plusSeconds(10);
            Health.Builder health = snapshot.anyTripped() || silent.compareTo(allowed) > 0 ? Health.down() : Health.up();
            Map<String, Object> checks = new LinkedHashMap<>();
            snapshot.readings().forEach(reading -> checks.put(reading.check().tag(), Map.of(
                    "tripped", snapshot.tripped(reading.check()),
                    "stalledSeconds", reading.stalled().toSeconds(),
                    "summary", reading.summary(),
                    "details", reading.details())));
            return health.withDetail("checkedAt", snapshot.at().toString())
                    .withDetail("watchdog", silent.compareTo(allowed) > 0 ? "not checking since " + snapshot.at()
                            : snapshot.warmingUp() ? "warming up" : "checking")
                    .withDetail("stallAfterSeconds", properties.stallAfter().toSeconds())
                    .withDetail("checks", checks)
                    .build();
        }).orElseGet(() -> Health.up().withDetail("watchdog", "not checked yet").build());
    }
}
