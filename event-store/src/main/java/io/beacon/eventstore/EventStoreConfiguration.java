package io.beacon.eventstore;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The event store as incident-service and postmortem-service both declare it (each imports this): Axon's JPA storage
 * in its index's order, the embedded store whose streams wake idle processors, and the lock around the processors'
 * start. Each service keeps its own database and migrations.
 */
@Configuration(proxyBeanMethods = false)
@Import(BinderLagMetricsOff.class)
public class EventStoreConfiguration {

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

    /**
     * Axon's embedded event store, telling idle processors of new events at once ({@link WakingEventStore}). Events
     * another instance committed are looked for every {@code beacon.event-store.fetch-delay} (Axon's default is a
     * second; a page opened on one instance may be sent by another's pager). It keeps the newest
     * {@code beacon.event-store.cached-events} in memory for the processors at the head: Axon's 10,000 was most of
     * incident-service's live heap under a storm (events with their payloads, held while five processors caught
     * up), and G1 copied them from pause to pause: 28 s of pauses in a storm, 14 s with 1,000.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${beacon.event-store.fetch-delay:100ms}") Duration fetchDelay,
                                  @Value("${beacon.event-store.cached-events:1000}") int cachedEvents) {
        return WakingEventStore.of(storageEngine, axon, fetchDelay, cachedEvents);
    }
}
