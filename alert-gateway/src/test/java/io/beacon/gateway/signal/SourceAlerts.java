package io.beacon.gateway.signal;

import io.beacon.contracts.SignalStatus;

import java.time.Instant;
import java.util.Map;

/** Object mother for alerts as they reach the mapper. */
final class SourceAlerts {

    static final Instant STARTS_AT = Instant.parse("2026-11-22T09:14:03.512Z");

    private SourceAlerts() {
    }

    static SourceAlert firing(Map<String, String> labels) {
        return firing(labels, Map.of());
    }

    static SourceAlert firing(Map<String, String> labels, Map<String, String> annotations) {
        return new SourceAlert(SignalStatus.FIRING, labels, annotations, STARTS_AT, null,
                "http://prometheus:9090/graph", "5f3e1c2a9b7d4e60", "{}:{service=\"checkout\"}",
                "http://alertmanager:9093");
    }
}
