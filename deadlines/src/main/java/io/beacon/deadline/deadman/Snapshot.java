package io.beacon.deadline.deadman;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the watchdog concluded at its last check: the readings, whether each check's switch is tripped (the shared
 * state after this instance's transitions) and each processor's stall.
 */
record Snapshot(Instant at, List<Reading> readings, Map<Check, Boolean> tripped,
                Map<String, Duration> processorStalls, boolean warmingUp) {

    Snapshot {
        readings = List.copyOf(readings);
        tripped = Map.copyOf(tripped);
        processorStalls = Map.copyOf(processorStalls);
    }

    boolean tripped(Check check) {
        return tripped.getOrDefault(check, false);
    }

    boolean anyTripped() {
        return tripped.containsValue(true);
    }

    long overdueDeadlines() {
        return readings.stream().filter(reading -> reading.check() == Check.DEADLINES)
                .mapToLong(reading -> ((Number) reading.details().getOrDefault("overdue", 0L)).longValue())
                .sum();
    }
}
