package io.beacon.slack.delivery;

import java.time.Instant;
import java.util.List;

/**
 * An outbox row as operators see it: everything but the blocks. {@code incidentId} is the message's subject
 * ({@link io.beacon.slack.OutboundMessage#subjectId()}): named so because the admin API had only incidents to show.
 */
record OutboxRowView(
        long id, String key, String incidentId, String kind, String address, List<String> fallbacks, String target,
        String refKey, String text, String priority, String status, int attempts, Instant notBefore,
        Instant createdAt, String deliveredChannel, String deliveredTs, String failedAddress, String failedError,
        String lastError, boolean listenerDone) {

    static OutboxRowView of(OutboxRow row) {
        var m = row.message();
        return new OutboxRowView(row.id(), m.key(), m.subjectId(), m.kind().name(), m.address(), m.fallbacks(),
                row.target(), m.refKey(), m.text(), m.priority().name(), row.status().name(), row.attempts(),
                row.notBefore(), row.createdAt(), row.deliveredChannel(), row.deliveredTs(), row.failedAddress(),
                row.failedError(), row.lastError(), row.listenerDone());
    }
}
