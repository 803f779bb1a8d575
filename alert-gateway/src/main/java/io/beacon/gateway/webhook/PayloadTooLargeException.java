package io.beacon.gateway.webhook;

/**
 * The webhook is larger than {@link io.beacon.gateway.signal.SignalLimits#MAX_BODY_BYTES} or carries more than
 * {@link io.beacon.gateway.signal.SignalLimits#MAX_ALERTS_PER_WEBHOOK} alerts: the sender must split its groups
 * ({@code max_alerts}).
 */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
