package io.beacon.postmortem.deadletter;

import io.beacon.postmortem.postmortem.PostmortemDrafted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test-only handler in the real {@code postmortem-view} processing group, ordered before the projection: while a
 * service is poisoned, the draft of its incidents' postmortems fails permanently in that group, like a bug or bad
 * data in the projection would. Removing the service is "the fix".
 */
@ProcessingGroup("postmortem-view")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PoisonedDrafts {

    final Set<String> poisonedServices = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(PostmortemDrafted drafted) {
        if (poisonedServices.contains(drafted.incident().service())) {
            throw new IllegalStateException("poison: cannot project postmortems of " + drafted.incident().service());
        }
    }
}
