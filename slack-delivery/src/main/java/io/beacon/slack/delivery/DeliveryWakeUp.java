package io.beacon.slack.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Lets an enqueue that just committed wake the worker instead of leaving the page for the next poll. */
final class DeliveryWakeUp {

    private final Semaphore signal = new Semaphore(0);
    private final AtomicBoolean newRows = new AtomicBoolean();

    /** Rows were enqueued or re-queued: the worker should look again even if it has heads left from its last scan. */
    void wakeForNewRows() {
        newRows.set(true);
        wake();
    }

    /** Whether rows were enqueued since the last call. */
    boolean takeNewRows() {
        return newRows.getAndSet(false);
    }

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
