package io.beacon.gateway.publishing;

/** Kafka did not acknowledge every signal in time; the sender must retry (duplicates are deduplicated later). */
public class SignalsNotPublishedException extends RuntimeException {

    public SignalsNotPublishedException(String message, Throwable cause) {
        super(message, cause);
    }
}
