package io.beacon.incident.deadletter;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Every processing group with {@code axon.eventhandling.processors.<group>.dlq.enabled} (application.yml) gets a JPA
 * sequenced dead-letter queue from Axon's auto-configuration; this adds what properties can't say: the
 * {@link ParkingPolicy} per group, the sequence-identifier cache (without it each event costs a query per group to ask
 * whether its incident is parked), and, for the replayable read model, clearing the queue on a reset (a replay
 * rebuilds the parked incidents too).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    /** Groups whose reset handlers rebuild everything, so their parked letters are void after a reset. */
    private static final Set<String> REPLAYABLE = Set.of("incident-summary");

    @Autowired
    void parkPermanentFailures(EventProcessingConfigurer processing, EventProcessorProperties properties) {
        properties.getProcessors().forEach((group, settings) -> {
            if (settings.getDlq().isEnabled()) {
                processing.registerDeadLetterPolicy(group, c -> new ParkingPolicy(group));
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker
                        .enableSequenceIdentifierCache()
                        .allowReset(REPLAYABLE.contains(group)));
            }
        });
    }
}
