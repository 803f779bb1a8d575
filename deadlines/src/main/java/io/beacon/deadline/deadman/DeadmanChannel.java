package io.beacon.deadline.deadman;

import java.util.Optional;

/**
 * Where a service wants the dead-man's switch to speak when {@code beacon.deadman.slack-channel} is not set: e.g.
 * incident-service answers its on-call file's default team channel. Asked at each trip, so a changed file counts.
 */
@FunctionalInterface
public interface DeadmanChannel {

    Optional<String> channel();
}
