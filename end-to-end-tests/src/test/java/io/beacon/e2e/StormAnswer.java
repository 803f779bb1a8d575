package io.beacon.e2e;

import java.time.Duration;
import java.time.Instant;

/**
 * What the gateway answered to one webhook of a storm.
 *
 * @param status      the HTTP status, or -1 when no answer came (connection refused, reset, or the client's timeout)
 * @param contentType the answer's Content-Type, empty when none
 * @param sentAt      when the request left
 * @param took        how long the answer took
 * @param error       why no answer came, or null
 */
record StormAnswer(StormAlert alert, int status, String contentType, Instant sentAt, Duration took, String error) {

    boolean accepted() {
        return status >= 200 && status < 300;
    }

    boolean refused() {
        return status == 503;
    }

    Instant answeredAt() {
        return sentAt.plus(took);
    }

    /** Sent after {@code from} and answered before {@code to}: wholly inside that window. */
    boolean within(Instant from, Instant to) {
        return sentAt.isAfter(from) && answeredAt().isBefore(to);
    }

    @Override
    public String toString() {
        return alert.id() + " " + status + " " + contentType + " in " + took.toMillis() + " ms at " + sentAt
                + (error == null ? "" : " (" + error + ")");
    }
}
