package io.beacon.slack;

/**
 * Told what became of each outbox message once its outcome is recorded. Called at least once per outcome (again
 * after a crash before the call returned), so implementations must be idempotent; a failure thrown here is retried.
 */
public interface SlackDeliveryListener {

    /** Slack accepted it: {@code channel} and {@code ts} identify the message (null ts for non-message kinds). */
    void delivered(OutboundMessage message, String channel, String ts);

    /**
     * {@code address} failed permanently with {@code error}; {@code deliveredTo} says which fallback took it instead
     * (null when none could).
     */
    void failed(OutboundMessage message, String address, String error, String deliveredTo);
}
