package io.beacon.deadletter;

/**
 * Thrown by {@link ParkingPolicy} to carry a transient handler failure past Axon's dead-lettering invoker, which
 * otherwise swallows every failure it does not park. The processor's batch fails, the segment backs off (1 s doubling
 * to 60 s) and the same event is handled again.
 */
public final class TransientFailure extends RuntimeException {

    TransientFailure(String processingGroup, Throwable cause) {
        super("Transient failure in processing group " + processingGroup + ", retrying with back-off: " + cause,
                cause);
    }
}
