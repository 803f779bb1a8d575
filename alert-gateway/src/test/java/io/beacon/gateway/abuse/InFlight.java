package io.beacon.gateway.abuse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Runs each try's request on one of a few threads, so that the wait for Kafka's acknowledgement of one accepted
 * webhook overlaps the next request (as with Alertmanager's concurrent groups) and 100,000 tries fit in the build.
 * A failed check is kept with the body that caused it and fails the next try, naming that body.
 */
final class InFlight {

    static final int PARALLEL = 8;

    private final ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
    private final Semaphore slots = new Semaphore(PARALLEL);
    private final List<String> failures = new CopyOnWriteArrayList<>();

    interface Check {
        void run() throws Exception;
    }

    void submit(MutatedWebhooks.Body body, Check check) throws InterruptedException {
        throwIfFailed();
        slots.acquire();
        threads.execute(() -> {
            try {
                check.run();
            } catch (Throwable failed) {
                failures.add(failed + "\n  for body " + body);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits for every request still running, then fails if any check did. */
    void drain() throws InterruptedException {
        slots.acquire(PARALLEL);
        slots.release(PARALLEL);
        throwIfFailed();
    }

    void close() {
        threads.shutdownNow();
    }

    private void throwIfFailed() {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " check(s) failed; the first: " + failures.get(0));
        }
    }
}
