package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady stream of firing alerts through the gateway, round robin over the services still {@link #active}: one
 * webhook per tick, each alert its own firing episode with a unique sequence number. Remembers which sequence
 * numbers the gateway accepted (2xx) for which service: those are the ones that must land.
 */
final class AlertStream implements AutoCloseable {

    private final ServiceProcess gateway;
    private final List<String> active;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Map<String, Set<Long>> accepted = new ConcurrentHashMap<>();

    private AlertStream(ServiceProcess gateway, List<String> services) {
        this.gateway = gateway;
        this.active = new CopyOnWriteArrayList<>(services);
    }

    static AlertStream start(ServiceProcess gateway, List<String> services, Duration interval) {
        AlertStream stream = new AlertStream(gateway, services);
        stream.ticker.scheduleAtFixedRate(stream::sendOne, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return stream;
    }

    private void sendOne() {
        if (active.isEmpty()) {
            return;
        }
        long n = sequence.incrementAndGet();
        String service = active.get((int) (n % active.size()));
        int status = FaultProbe.postWebhook(gateway, FaultProbe.firing(service, n));
        if (status >= 200 && status < 300) {
            accepted.computeIfAbsent(service, s -> ConcurrentHashMap.newKeySet()).add(n);
        } else {
            refused.incrementAndGet();
        }
    }

    /** Sends no more alerts for the service (before resolving its incident: a later alert would open a new one). */
    void retire(String service) {
        active.remove(service);
    }

    long sent() {
        return sequence.get();
    }

    long refused() {
        return refused.get();
    }

    Set<Long> accepted(String service) {
        return Set.copyOf(accepted.getOrDefault(service, Set.of()));
    }

    long acceptedTotal() {
        return accepted.values().stream().mapToLong(Set::size).sum();
    }

    /** Stops sending and waits for a webhook in flight. */
    @Override
    public void close() {
        ticker.shutdown();
        try {
            ticker.awaitTermination(40, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
