package io.beacon.incident.messaging.deadletter;

import io.beacon.incident.api.CorrelateSignal;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.dao.TransientDataAccessResourceException;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only faults in the intake, per service (the record key): while a service is poisoned, taking in its signals
 * fails permanently (as invalid data or a bug would); a service given transient failures fails that many times as
 * if the database were away, then passes. Counts the intake's attempts per service. Injected where the intake's
 * first command is handled, so the real consumer, binder and error handling run.
 */
class IntakeFaults {

    final Set<String> poisonedServices = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    IntakeFaults(CommandBus commands) {
        commands.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof CorrelateSignal correlate) {
                fail(correlate.service());
            }
            return chain.proceed();
        });
    }

    int attemptsOf(String service) {
        AtomicInteger count = attempts.get(service);
        return count == null ? 0 : count.get();
    }

    private void fail(String service) {
        attempts.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
        if (poisonedServices.contains(service)) {
            throw new IllegalArgumentException("poison: signals of " + service + " cannot be taken in");
        }
        AtomicInteger left = transientFailuresLeft.get(service);
        if (left != null && left.getAndDecrement() > 0) {
            throw new TransientDataAccessResourceException("database away");
        }
    }
}
