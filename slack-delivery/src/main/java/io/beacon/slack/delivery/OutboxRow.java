package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;

import java.time.Instant;

/**
 * One row of {@code slack_outbox}: the message as enqueued plus its delivery state.
 *
 * @param target        the address being tried now (the message's address, then each fallback in turn)
 * @param failedAddress the first address that failed permanently, when one did
 * @param failedError   Slack's error there
 * @param lastError     the latest error of any kind (transient ones included), for operators
 */
record OutboxRow(
        long id,
        OutboundMessage message,
        OutboxStatus status,
        String target,
        int fallbackIndex,
        int attempts,
        long version,
        Instant notBefore,
        Instant createdAt,
        Instant claimedUntil,
        String deliveredChannel,
        String deliveredTs,
        String failedAddress,
        String failedError,
        String lastError,
        boolean listenerDone) {

    /** The previous owner claimed it, recorded its intent and vanished: the call may or may not have reached Slack. */
    boolean abandonedWhileSending() {
        return status == OutboxStatus.SENDING;
    }

    /** The next fallback address, or null when none is left. */
    String nextFallback() {
        return fallbackIndex < message.fallbacks().size() ? message.fallbacks().get(fallbackIndex) : null;
    }
}
