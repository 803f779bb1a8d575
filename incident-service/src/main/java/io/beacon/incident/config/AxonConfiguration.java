package io.beacon.incident.config;

import io.beacon.eventstore.ProcessorStartLock;
import io.beacon.eventstore.IndexOrderedJpaEventStorageEngine;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Axon wiring that properties can't express. Event handler failures propagate, so a processor backs off and
 * retries instead of skipping an event (Axon's default logs and moves on: a lost page or a stale read model); in a
 * group with a dead-letter queue a permanent failure is parked instead (the dead-letters module, io.beacon.deadletter).
 * Commands that lose an optimistic-locking race (two instances correlating the same service) are retried; nothing
 * else is: a refused command (bad input, a resolved incident) fails at once, to be answered or parked by its caller.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Two instances starting together on an empty database would race on Axon's first token rows. */
    @Bean
    ProcessorStartLock processorStartLock(DataSource dataSource) {
        return new ProcessorStartLock(dataSource, Duration.ofMinutes(2));
    }

    /** Axon's JPA event store, reading an aggregate's stream in its index's order (H2 sorted every batch). */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer, PersistenceExceptionResolver exceptionResolver,
            org.axonframework.config.Configuration axon, EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager) {
        return IndexOrderedJpaEventStorageEngine.of(defaultSerializer, eventSerializer, exceptionResolver, axon,
                entityManagerProvider, transactionManager);
    }

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new LostRaceRetryScheduler(commandRetryExecutor, 50, 5))
                .build();
    }
}
