package io.beacon.incident.eventstore;

import io.beacon.eventstore.IndexOrderedJpaEventStorageEngine;
import io.beacon.testkit.TestPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the event store appends a unit of work's events, on both databases through the real migrations: as one JDBC
 * batch (no statement per event through Hibernate: a sequence round trip and an insert each, 2,000 round trips for an
 * intake command of 1,000 signals), with the rows Axon's own engine would write, and failing as Axon's does when an
 * aggregate's sequence number is taken.
 */
class EventAppendsTest {

    enum Database { H2, POSTGRESQL }

    private static final Map<Database, Store> stores = new EnumMap<>(Database.class);

    private record Store(DataSource dataSource, EntityManagerFactory jpa, EntityManager entityManager,
                         IndexOrderedJpaEventStorageEngine engine, List<String> statements) {

        /** Runs the appends in one transaction, rolled back if they fail. */
        void inTransaction(Runnable appends) {
            entityManager.getTransaction().begin();
            try {
                appends.run();
                entityManager.getTransaction().commit();
            } catch (RuntimeException failed) {
                entityManager.getTransaction().rollback();
                throw failed;
            }
        }

        JdbcTemplate jdbc() {
            return new JdbcTemplate(dataSource);
        }
    }

    @BeforeEach
    void clearStatements() {
        stores.values().forEach(store -> store.statements().clear());
    }

    @AfterAll
    static void close() {
        stores.values().forEach(store -> {
            store.entityManager().close();
            store.jpa().close();
        });
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aThousandEventsGoInOneBatchInTheirOrderAsAxonWouldStoreThem(Database database) {
        Store store = store(database);
        String aggregate = "incident-batch-" + System.nanoTime();
        List<DomainEventMessage<?>> events = events(aggregate, 0, 1_000);

        store.inTransaction(() -> store.engine().appendEvents(events));

        assertThat(store.statements()).as("statements Hibernate sent for 1,000 events").isEmpty();
        List<Map<String, Object>> rows = store.jdbc().queryForList("""
                select global_index, sequence_number, type, event_identifier, payload_type, payload_revision, time_stamp
                from domain_event_entry where aggregate_identifier = ? order by global_index""", aggregate);
        assertThat(rows).extracting(row -> ((Number) row.get("sequence_number")).longValue())
                .as("global indexes follow the events' order").containsExactlyElementsOf(range(0, 1_000));
        long firstIndex = ((Number) rows.getFirst().get("global_index")).longValue();
        assertThat(rows).extracting(row -> ((Number) row.get("global_index")).longValue())
                .as("one by one from the sequence").containsExactlyElementsOf(range(firstIndex, firstIndex + 1_000));
        DomainEventMessage<?> last = events.getLast();
        Map<String, Object> lastRow = rows.getLast();
        assertThat(lastRow.get("type")).isEqualTo("Incident");
        assertThat(lastRow.get("event_identifier")).isEqualTo(last.getIdentifier());
        assertThat(lastRow.get("payload_type")).isEqualTo(String.class.getName());
        assertThat(lastRow.get("payload_revision")).isNull();
        assertThat(lastRow.get("time_stamp")).isEqualTo(DateTimeUtils.formatInstant(last.getTimestamp()));

        List<? extends DomainEventMessage<?>> read = store.engine().readEvents(aggregate, 995).asStream().toList();
        assertThat(read).extracting(event -> (Object) event.getPayload())
                .containsExactly("signal 995", "signal 996", "signal 997", "signal 998", "signal 999");
        assertThat(read.getLast().getMetaData()).containsEntry("poll", "999");
        assertThat(read.getLast().getTimestamp()).isEqualTo(last.getTimestamp());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEventThatIsNoAggregatesIsStoredUnderItsOwnIdentifier(Database database) {
        Store store = store(database);
        GenericEventMessage<String> event = new GenericEventMessage<>("released");

        store.inTransaction(() -> store.engine().appendEvents(event));

        Map<String, Object> row = store.jdbc().queryForMap(
                "select aggregate_identifier, sequence_number, type from domain_event_entry where event_identifier = ?",
                event.getIdentifier());
        assertThat(row.get("aggregate_identifier")).isEqualTo(event.getIdentifier());
        assertThat(((Number) row.get("sequence_number")).longValue()).isZero();
        assertThat(row.get("type")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTakenSequenceNumberFailsAsAConcurrentChangeAndStoresNothingOfTheBatch(Database database) {
        Store store = store(database);
        String aggregate = "incident-race-" + System.nanoTime();
        store.inTransaction(() -> store.engine().appendEvents(events(aggregate, 0, 3)));

        assertThatThrownBy(() -> store.inTransaction(() -> store.engine().appendEvents(events(aggregate, 2, 4))))
                .as("events 2 and 3, where another instance appended 2 first")
                .isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> store.inTransaction(() -> store.engine().appendEvents(events(aggregate, 0, 1))))
                .as("the aggregate's first event, twice").isInstanceOf(AggregateStreamCreationException.class);
        assertThat(store.jdbc().queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregate))
                .isEqualTo(3L);
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the aggregate, each with metadata. */
    private static List<DomainEventMessage<?>> events(String aggregate, long from, long to) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Instant at = Instant.parse("2026-11-25T03:00:00.123Z");
        for (long sequence = from; sequence < to; sequence++) {
            events.add(new GenericDomainEventMessage<>("Incident", aggregate, sequence, "signal " + sequence,
                    MetaData.with("poll", String.valueOf(sequence)), java.util.UUID.randomUUID().toString(),
                    at.plusMillis(sequence)));
        }
        return events;
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
    }

    private synchronized Store store(Database database) {
        return stores.computeIfAbsent(database, EventAppendsTest::open);
    }

    private static Store open(Database database) {
        DataSource dataSource = switch (database) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:appends-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
                yield h2;
            }
            case POSTGRESQL -> {
                TestPostgres.Database db = TestPostgres.newDatabase("event_appends");
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(db.jdbcUrl());
                pg.setUser(db.username());
                pg.setPassword(db.password());
                yield pg;
            }
        };
        String vendor = database == Database.H2 ? "h2" : "postgresql";
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor, "classpath:db/migration/common").load().migrate();
        List<String> statements = new CopyOnWriteArrayList<>();
        EntityManagerFactory jpa = EventStoreJpa.open("event-appends", dataSource, statements);
        EntityManager entityManager = jpa.createEntityManager();
        Jackson3Serializer serializer = Jackson3Serializer.builder().build();
        SQLErrorCodesResolver duplicates;
        try {
            duplicates = new SQLErrorCodesResolver(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        IndexOrderedJpaEventStorageEngine engine = IndexOrderedJpaEventStorageEngine.from(
                JpaEventStorageEngine.builder()
                        .snapshotSerializer(serializer)
                        .eventSerializer(serializer)
                        .persistenceExceptionResolver(duplicates)
                        .entityManagerProvider(new SimpleEntityManagerProvider(entityManager))
                        .transactionManager(EventStoreJpa.NO_TRANSACTION), EventStoreJpa.NO_TRANSACTION);
        return new Store(dataSource, jpa, entityManager, engine, statements);
    }
}
