package io.beacon.incident.deadman;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A test-only streaming processor whose handler can be held on a latch: a processor stuck in a handler while events
 * keep coming, as a hung HTTP call or a lock would hold one.
 */
@ProcessingGroup(StallProbe.GROUP)
class StallProbe {

    static final String GROUP = "deadman-probe";

    record Happened(String id, boolean hold) {
    }

    final Set<String> handled = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    @EventHandler
    void on(Happened event) throws InterruptedException {
        if (event.hold()) {
            gate.await();
        }
        handled.add(event.id());
    }
}
