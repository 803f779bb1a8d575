package io.beacon.gateway.webhook;

import java.util.List;

/** The body is not JSON, or not JSON of the webhook's shape; {@code violations} is empty when no pointer is known. */
public class MalformedWebhookException extends RuntimeException {

    private final List<Violation> violations;

    public MalformedWebhookException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
