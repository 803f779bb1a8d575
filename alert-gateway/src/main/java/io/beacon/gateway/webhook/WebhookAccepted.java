package io.beacon.gateway.webhook;

import io.beacon.contracts.AlertSignalReceived;

import java.util.List;
import java.util.UUID;

/**
 * The 202 answer: how many alerts are durably on Kafka, and their event ids (for tracing one delivery).
 *
 * @param accepted number of alerts published
 * @param eventIds the published events' ids, in the order of the webhook's alerts
 */
public record WebhookAccepted(int accepted, List<UUID> eventIds) {

    static WebhookAccepted of(List<AlertSignalReceived> signals) {
        return new WebhookAccepted(signals.size(), signals.stream().map(AlertSignalReceived::eventId).toList());
    }
}
