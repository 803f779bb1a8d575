package io.beacon.incident.caching;

import io.beacon.eventstore.IndexOrderedJpaEventStorageEngine;
import io.beacon.incident.eventstore.EventStoreJpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How an incident's stream is read on H2, the local run's database, through the real migrations and Hibernate: a
 * batch of an aggregate's events and its last sequence number must read index entries as they are needed, not every
 * row of the aggregate. H2 reports the rows a query read ({@code explain analyze}, "scanCount"); before the queries
 * ordered by both columns of the unique index, a batch of 100 read 3,001 rows here and the head 3,001 too.
 */
class EventStreamReadsOnH2Test {

    static final int EVENTS = 3_000;
    static final List<String> statements = new CopyOnWriteArrayList<>();

    static JdbcDataSource h2;
    static EntityManagerFactory jpa;
    static EntityManager entityManager;
    static JpaEventStorageEngine engine;

    @BeforeAll
    static void anIncidentWithThousandsOfEventsBesideOthers() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:streams-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .load().migrate();
        jpa = EventStoreJpa.open("event-store", h2, statements);
        entityManager = jpa.createEntityManager();
        TransactionManager transactions = () -> {
            entityManager.getTransaction().begin();
            return new Transaction() {
                @Override
                public void commit() {
                    entityManager.getTransaction().commit();
                }

                @Override
                public void rollback() {
                    entityManager.getTransaction().rollback();
                }
            };
        };
        Jackson3Serializer serializer = Jackson3Serializer.builder().build();
        engine = IndexOrderedJpaEventStorageEngine.from(JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                .transactionManager(EventStoreJpa.NO_TRANSACTION), EventStoreJpa.NO_TRANSACTION);
        Transaction appending = transactions.startTransaction();
        engine.appendEvents(events("incident-big", EVENTS));
        engine.appendEvents(events("incident-small", 5));
        appending.commit();
    }

    @AfterAll
    static void close() {
        entityManager.close();
        jpa.close();
    }

    @Test
    void aBatchOfAnIncidentsEventsReadsOnlyThatBatch() {
        statements.clear();

        List<Long> firstTen = engine.readEvents("incident-big", 0).asStream().limit(10)
                .map(DomainEventMessage::getSequenceNumber).toList();
        List<Long> fromTheMiddle = engine.readEvents("incident-big", 2_950).asStream()
                .map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(firstTen).containsExactlyElementsOf(range(0, 10));
        assertThat(fromTheMiddle).as("the rest, in order, across batches").containsExactlyElementsOf(range(2_950, 3_000));
        String batch = statements.stream().filter(sql -> sql.contains("sequence_number>=")).findFirst().orElseThrow();
        assertThat(rowsRead(batch, "'incident-big'", "0", "100"))
                .as("rows H2 reads for the first batch of 100 of %s events:%n%s", EVENTS, batch)
                .isLessThanOrEqualTo(101);
    }

    @Test
    void loadingAnIncidentAsksTheDatabaseForItsEventsAndNotForASnapshot() {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            statements.clear();

            List<Long> loaded = store.readEvents("incident-small").asStream()
                    .map(DomainEventMessage::getSequenceNumber).toList();

            assertThat(loaded).containsExactlyElementsOf(range(0, 5));
            assertThat(statements).as("statements of one load").isNotEmpty()
                    .noneMatch(sql -> sql.contains("snapshot_event_entry"));
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aSnapshotOfferedToTheStoreIsRefusedNotWrittenForNobody() {
        GenericDomainEventMessage<String> snapshot = new GenericDomainEventMessage<>("Incident", "incident-small", 4,
                "state");

        assertThatThrownBy(() -> engine.storeSnapshot(snapshot)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("incident-small");
    }

    @Test
    void theLastSequenceNumberReadsOneIndexEntry() {
        JdbcTemplate jdbc = new JdbcTemplate(h2);

        assertThat(FreshAggregateCache.lastSequenceNumberIn(jdbc).apply("incident-big")).isEqualTo(EVENTS - 1L);
        assertThat(FreshAggregateCache.lastSequenceNumberIn(jdbc).apply("incident-small")).isEqualTo(4L);
        assertThat(FreshAggregateCache.lastSequenceNumberIn(jdbc).apply("incident-unknown")).isNull();
        assertThat(rowsRead(FreshAggregateCache.LAST_SEQUENCE_NUMBER, "'incident-big'"))
                .as("rows H2 reads for the head of %s events", EVENTS).isLessThanOrEqualTo(2);
    }

    /** The statement's parameters bound in order, then H2's count of rows it read. */
    private static long rowsRead(String sql, String... parameters) {
        String bound = sql;
        for (String parameter : parameters) {
            bound = bound.replaceFirst("\\?", parameter);
        }
        String plan = new JdbcTemplate(h2).queryForObject("explain analyze " + bound, String.class);
        Matcher scanCount = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        long rows = 0;
        while (scanCount.find()) {
            rows += Long.parseLong(scanCount.group(1));
        }
        return rows;
    }

    private static List<DomainEventMessage<?>> events(String aggregate, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < count; sequence++) {
            events.add(new GenericDomainEventMessage<>("Incident", aggregate, sequence, "signal " + sequence));
        }
        return events;
    }

    private static List<Long> range(long from, long to) {
        return IntStream.range((int) from, (int) to).mapToObj(Long::valueOf).toList();
    }
}
