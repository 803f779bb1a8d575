package io.beacon.gateway.webhook;

/** The body is larger than {@link WebhookBodyReader#MAX_BODY_BYTES}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
