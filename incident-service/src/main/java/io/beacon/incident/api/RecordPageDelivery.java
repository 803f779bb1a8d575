package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Slack accepted a page; recording the same step twice is ignored. Answers {@link Recorded} when this call recorded
 * it, null when it already was.
 */
public record RecordPageDelivery(@TargetAggregateIdentifier String incidentId, int step, String channel,
                                 String messageTs) {

    /**
     * What was recorded, with the time the gateway received the alert that opened the incident (null when it was
     * declared by hand) and the time the incident was declared, so the caller can measure alert-to-page latency, and
     * how much of it was opening the incident, without reading the incident back.
     */
    public record Recorded(PageDelivered delivered, Instant alertReceivedAt, Instant declaredAt) {
    }
}
