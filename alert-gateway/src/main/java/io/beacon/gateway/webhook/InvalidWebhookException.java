package io.beacon.gateway.webhook;

import java.util.List;

/** The body is JSON but not a version 4 webhook; carries every violation found, not only the first. */
public class InvalidWebhookException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidWebhookException(List<Violation> violations) {
        super(violations.size() + " violation(s), first " + violations.getFirst());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
