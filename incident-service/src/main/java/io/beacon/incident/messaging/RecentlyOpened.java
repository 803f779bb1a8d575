package io.beacon.incident.messaging;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Which services the fast lane asked about a moment ago, so that a storm's thousands of signals for an incident that
 * is open already cost a map lookup each, not a command. Only a hint: forgetting it (a restart, another instance,
 * the bound) costs one more command; trusting it too long only leaves a signal to the in-order intake. Never a rule's
 * source of truth: that is the service's correlation aggregate.
 */
final class RecentlyOpened {

    private final ConcurrentMap<String, Long> askedUntil = new ConcurrentHashMap<>();
    private final long forNanos;
    private final int bound;
    private final LongSupplier nanoTime;

    RecentlyOpened(Duration remembered, int bound, LongSupplier nanoTime) {
        this.forNanos = remembered.toNanos();
        this.bound = bound;
        this.nanoTime = nanoTime;
    }

    /** True, and remembered for a while, unless the service was asked about within that while. */
    boolean shouldAsk(String service) {
        long now = nanoTime.getAsLong();
        Long until = askedUntil.get(service);
        if (until != null && until - now > 0) {
            return false;
        }
        if (askedUntil.size() >= bound) {
            askedUntil.clear(); // a storm over more services than the bound: start again rather than grow
        }
        askedUntil.put(service, now + forNanos);
        return true;
    }

    /** True when the service was asked about within the while; asks nothing and remembers nothing. */
    boolean askedLately(String service) {
        Long until = askedUntil.get(service);
        return until != null && until - nanoTime.getAsLong() > 0;
    }

    /** Forget the service: its question failed, so the next signal asks again. */
    void forget(String service) {
        askedUntil.remove(service);
    }
}
