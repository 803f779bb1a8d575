package io.beacon.incident.incident;

/** Who does something must be said, and briefly. */
final class Actors {

    static final int MAX_LENGTH = 255;

    private Actors() {
    }

    static String require(String actor, String message) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (actor.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(message + " in at most " + MAX_LENGTH + " characters");
        }
        return actor;
    }
}
