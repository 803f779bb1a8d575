package io.beacon.incident.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import io.beacon.eventstore.EventStoreConfiguration;

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
@Import(EventStoreConfiguration.class)
class AxonConfiguration {

    @Autowired
    void propagateHandlerFailures(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
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
