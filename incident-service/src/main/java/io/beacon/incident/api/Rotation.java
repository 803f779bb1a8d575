package io.beacon.incident.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Responders take turns of equal {@code length}, starting with the first one at {@code start} and wrapping around.
 * Before {@code start} the first responder is on call.
 */
public record Rotation(Instant start, Duration length, List<String> responders) {

    public Rotation {
        if (start == null || length == null || responders == null || responders.isEmpty()) {
            throw new IllegalArgumentException("A rotation needs a start, a length and at least one responder");
        }
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("A rotation's length must be positive, was " + length);
        }
        responders = List.copyOf(responders);
    }

    public String responderAt(Instant at) {
        if (at.isBefore(start)) {
            return responders.getFirst();
        }
        long turnsTaken = Duration.between(start, at).dividedBy(length);
        return responders.get((int) (turnsTaken % responders.size()));
    }
}
