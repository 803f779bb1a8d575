package io.beacon.incident.api;

import java.time.Instant;
import java.util.Map;

/**
 * One alert signal as the incident timeline records it. All text in it is untrusted: it came from labels
 * and annotations that anybody with write access to an alert rule controls.
 */
public record AlertSignal(
        String source,
        String dedupKey,
        SignalStatus status,
        String alertName,
        String title,
        String description,
        Severity severity,
        String sourceSeverity,
        SloContext slo,
        String runbookUrl,
        String generatorUrl,
        Instant startsAt,
        Instant endsAt,
        Instant receivedAt,
        Map<String, String> labels,
        Map<String, String> annotations) {

    public AlertSignal {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /**
     * What makes two deliveries the same signal: the same alert (source identity), the same firing episode
     * (start time) and the same status. Alertmanager's re-sends and retries all share it.
     */
    public String identity() {
        return source + ":" + dedupKey + "@" + startsAt + "#" + status;
    }
}
