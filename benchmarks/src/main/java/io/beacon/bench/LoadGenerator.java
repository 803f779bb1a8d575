package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Drives webhooks at the gateway on virtual threads: closed loop (a fixed number of senders, each sending as soon
 * as its previous webhook was answered: the gateway's capacity) or open loop (webhooks started on a fixed schedule
 * whatever the answers take, as Alertmanager's clock would: the latency under a given rate).
 */
final class LoadGenerator {

    /** What was sent and what the gateway accepted (2xx). */
    record Outcome(long alertsSent, long alertsAccepted, long webhooksRefused, Duration elapsed) {

        double acceptedPerSecond() {
            return alertsAccepted / (elapsed.toNanos() / 1e9);
        }

        double sentPerSecond() {
            return alertsSent / (elapsed.toNanos() / 1e9);
        }
    }

    private final Target target;

    LoadGenerator(Target target) {
        this.target = target;
    }

    Outcome closedLoop(int senders, Duration window, IntFunction<List<String>> batch) {
        AtomicLong sent = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong index = new AtomicLong();
        long start = System.nanoTime();
        long end = start + window.toNanos();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < senders; s++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        send(batch.apply((int) index.getAndIncrement()), sent, accepted, refused);
                    }
                });
            }
        }
        return new Outcome(sent.get(), accepted.get(), refused.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** {@code webhooks} webhooks, {@code perSecond} a second; returns once all were answered. */
    Outcome openLoop(int perSecond, int webhooks, IntFunction<List<String>> batch) {
        AtomicLong sent = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long period = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < webhooks; i++) {
                long wait = start + i * period - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                executor.submit(() -> send(batch.apply(n), sent, accepted, refused));
            }
        }
        return new Outcome(sent.get(), accepted.get(), refused.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Sends one webhook, counting; the instant it was sent. */
    Instant send(List<String> services, AtomicLong sent, AtomicLong accepted, AtomicLong refused) {
        Instant at = Instant.now();
        int status = target.fire(services);
        sent.addAndGet(services.size());
        if (status / 100 == 2) {
            accepted.addAndGet(services.size());
        } else {
            refused.incrementAndGet();
        }
        return at;
    }
}
