package io.beacon.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

import java.util.List;
import java.util.Optional;

/**
 * Axon's JPA event store, reading an aggregate's stream in the order of its unique index.
 *
 * <p>Axon asks for a batch of an aggregate's events with {@code where aggregateIdentifier = ? and sequenceNumber >= ?
 * order by sequenceNumber}. H2, the local run's database, does not see that this order is the order of the unique
 * index on {@code (aggregate_identifier, sequence_number)}: it reads every remaining row of the aggregate and sorts
 * them, for every batch of 100. Loading an incident of 10,000 events read 500,000 rows; a storm incident's timeline
 * gave no answer within a minute. Ordering by both index columns (the same order, since the identifier is fixed) lets
 * H2 walk the index and stop at the batch's end. PostgreSQL reads the index either way.
 *
 * <p>Beacon takes no snapshots: its aggregates are cached, and an incident of 10,000 events loads in milliseconds.
 * Axon asks the engine for an aggregate's snapshot before every load from the store all the same, a query per load
 * that always came back empty (8% of the intake's time while a flood of new services opened incidents). This engine
 * answers "none" without asking the database, and refuses to store one, so that a snapshotter configured later fails
 * loudly instead of writing snapshots nobody reads.
 */
public class IndexOrderedJpaEventStorageEngine extends JpaEventStorageEngine {

    private final TransactionManager transactionManager;
    private volatile Optional<EventInsertBatch> inserts;

    protected IndexOrderedJpaEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    /**
     * Built as Axon's Spring Boot auto-configuration builds its JPA engine (which backs off when a service declares
     * an {@code EventStorageEngine} bean returning this).
     */
    public static IndexOrderedJpaEventStorageEngine of(Serializer snapshotSerializer, Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver, Configuration axon,
            EntityManagerProvider entityManagerProvider, TransactionManager transactionManager) {
        Builder builder = JpaEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager);
        return from(builder, transactionManager);
    }

    /** From a builder configured in full; {@code transactionManager} is the one the builder was given. */
    public static IndexOrderedJpaEventStorageEngine from(Builder builder, TransactionManager transactionManager) {
        return new IndexOrderedJpaEventStorageEngine(builder, transactionManager);
    }

    /**
     * A unit of work's events as one JDBC batch on the transaction's own connection ({@link EventInsertBatch}), where
     * Axon persists them one entity at a time. A duplicate (aggregate, sequence number) fails as it does in Axon: a
     * {@code ConcurrencyException}, or an {@code AggregateStreamCreationException} for an aggregate's first event.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try {
                entityManager().unwrap(Session.class).doWork(connection -> {
                    if (inserts == null) {
                        inserts = Optional.ofNullable(EventInsertBatch.forDatabase(connection));
                    }
                    if (inserts.isPresent()) {
                        inserts.get().insert(connection, events, serializer);
                    }
                });
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
            if (inserts.isEmpty()) {
                super.appendEvents(events, serializer);
            }
        });
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        throw new UnsupportedOperationException("Beacon's event store takes no snapshots (aggregates are cached): "
                + "a snapshot of " + snapshot.getAggregateIdentifier() + " was offered");
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
            long firstSequenceNumber, int batchSize) {
        return transactionManager.fetchInTransaction(() -> (List<DomainEventData<?>>) entityManager()
                .createQuery("SELECT new org.axonframework.eventhandling.GenericDomainEventEntry(e.type, "
                                + "e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp, "
                                + "e.payloadType, e.payloadRevision, e.payload, e.metaData) FROM "
                                + domainEventEntryEntityName() + " e "
                                + "WHERE e.aggregateIdentifier = :id AND e.sequenceNumber >= :seq "
                                + "ORDER BY e.aggregateIdentifier ASC, e.sequenceNumber ASC")
                .setParameter("id", aggregateIdentifier)
                .setParameter("seq", firstSequenceNumber)
                .setMaxResults(batchSize)
                .getResultList());
    }
}
