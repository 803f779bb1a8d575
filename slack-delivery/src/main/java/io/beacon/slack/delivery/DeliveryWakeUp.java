package io.beacon.slack.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets an enqueue that just committed wake the worker instead of leaving the page for the next poll. */
final class DeliveryWakeUp {

    private final Semaphore signal = new Semaphore(0);

    void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits for a wake-up or {@code timeout}, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
