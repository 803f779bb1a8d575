package io.beacon.deadletter;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.Set;

/**
 * Every processing group with {@code axon.eventhandling.processors.<group>.dlq.enabled} (the service's
 * application.yml) gets a JPA sequenced dead-letter queue from Axon's auto-configuration; this adds what properties
 * can't say: the {@link ParkingPolicy} per group, the sequence-identifier cache (without it each event costs a query
 * per group to ask whether its aggregate is parked), and, for groups listed in
 * {@code beacon.dead-letters.cleared-on-reset} (replayable read models whose reset rebuilds everything), clearing the
 * queue on a reset.
 * <p>
 * Not an auto-configuration: a service imports it explicitly ({@code @Import}), scans Axon's
 * {@code org.axonframework.eventhandling.deadletter.jpa} entities, ships the {@code dead_letter_entry} DDL and secures
 * {@value #ADMIN_PATH} (managers only in Beacon).
 */
@Configuration(proxyBeanMethods = false)
@Import(DeadLetterAdminController.class)
public class DeadLetterConfiguration {

    public static final String ADMIN_PATH = "/api/admin/dead-letters";
    /** The gauge of parked events, tagged {@code group}. */
    public static final String METRIC = "beacon.dead_letters";
    /** The health indicator's name. */
    public static final String HEALTH = "deadLetters";

    @Autowired
    void parkPermanentFailures(EventProcessingConfigurer processing, EventProcessorProperties properties,
                               @Value("${beacon.dead-letters.cleared-on-reset:}") Set<String> clearedOnReset) {
        properties.getProcessors().forEach((group, settings) -> {
            if (settings.getDlq().isEnabled()) {
                processing.registerDeadLetterPolicy(group, c -> new ParkingPolicy(group));
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker
                        .enableSequenceIdentifierCache()
                        .allowReset(clearedOnReset.contains(group)));
            }
        });
    }

    @Bean
    ParkedLetters parkedLetters(EventProcessingConfiguration processing, EventProcessorProperties properties) {
        return new ParkedLetters(processing, properties);
    }

    /** {@code deadLetters} in the health endpoint. */
    @Bean(HEALTH)
    HealthIndicator deadLettersHealth(ParkedLetters parked) {
        return new DeadLetterHealth(parked);
    }

    /** {@code beacon.dead_letters{group}}. */
    @Bean
    MeterBinder deadLetterMetrics(ParkedLetters parked) {
        return new DeadLetterMetrics(parked);
    }
}
