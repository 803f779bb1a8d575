package io.beacon.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One alert from a monitoring system, accepted by alert-gateway and durably on Kafka.
 * Re-sends of the same alert carry the same {@link #dedupKey()} and {@link #startsAt()}.
 *
 * @param eventId       unique per accepted delivery
 * @param occurredAt    when the gateway accepted it
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param source        the sending system, e.g. {@code alertmanager}
 * @param serviceKey    the affected service: label {@code service}, else {@code sloth_service}, else {@code job};
 *                      at most {@link ServiceKeys#MAX_LENGTH} chars ({@link ServiceKeys#bound})
 * @param dedupKey      the alert's identity at its source (Alertmanager's label fingerprint)
 * @param status        firing or resolved
 * @param alertName     the {@code alertname} label
 * @param title         one line for humans (summary or title annotation, else the alert name)
 * @param description   longer text from the source, may be null
 * @param severity      normalised severity
 * @param sourceSeverity the severity as the source wrote it, may be null
 * @param slo           SLO context when this is an SLO breach, else null
 * @param runbookUrl    runbook link, may be null
 * @param generatorUrl  link back to the rule or graph, may be null
 * @param startsAt      when the alert started firing
 * @param endsAt        when it resolved; null while firing
 * @param groupKey      the sender's grouping key, may be null
 * @param externalUrl   the sender's own URL, may be null
 * @param labels        all labels, untrusted text
 * @param annotations   all annotations, untrusted text
 */
public record AlertSignalReceived(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String source,
        String serviceKey,
        String dedupKey,
        SignalStatus status,
        String alertName,
        String title,
        String description,
        Severity severity,
        String sourceSeverity,
        SloBreach slo,
        String runbookUrl,
        String generatorUrl,
        Instant startsAt,
        Instant endsAt,
        String groupKey,
        String externalUrl,
        Map<String, String> labels,
        Map<String, String> annotations) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public AlertSignalReceived {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    @Override
    public String partitionKey() {
        return serviceKey;
    }

    @Override
    public String eventType() {
        return EventTypes.ALERT_SIGNAL_RECEIVED;
    }
}
