package io.beacon.gateway.signal;

import io.beacon.contracts.SignalStatus;

import java.time.Instant;
import java.util.Map;

/**
 * One alert as the monitoring system described it, already checked to be well formed.
 *
 * @param endsAt null while the alert still fires
 */
public record SourceAlert(
        SignalStatus status,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt,
        String generatorUrl,
        String fingerprint,
        String groupKey,
        String externalUrl) {

    public SourceAlert {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }
}
