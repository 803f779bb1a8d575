package io.beacon.incident.deadletter;

import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.TransientDataAccessResourceException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler of a test-only processing group (with a dead-letter queue, like the real ones) that a test can break for
 * one service's incidents: permanently (a poison event) or a few times transiently (the database away). Records
 * what it handled as {@code incidentId:EventType}, in order.
 */
@ProcessingGroup(PoisonHandler.GROUP)
class PoisonHandler {

    static final String GROUP = "poison-test";
    final Set<String> poisonedServices = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(IncidentEvent event) {
        if (event instanceof IncidentDeclared declared) {
            attempts.computeIfAbsent(declared.service(), s -> new AtomicInteger()).incrementAndGet();
            if (poisonedServices.contains(declared.service())) {
                throw new IllegalStateException("poison: cannot handle incidents of " + declared.service());
            }
            AtomicInteger left = transientFailuresLeft.get(declared.service());
            if (left != null && left.getAndDecrement() > 0) {
                throw new TransientDataAccessResourceException("database away");
            }
        }
        handled.add(event.incidentId() + ":" + event.getClass().getSimpleName());
    }

    List<String> handledOf(String incidentId) {
        return handled.stream().filter(entry -> entry.startsWith(incidentId + ":"))
                .map(entry -> entry.substring(incidentId.length() + 1)).toList();
    }
}
