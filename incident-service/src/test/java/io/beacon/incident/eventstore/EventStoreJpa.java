package io.beacon.incident.eventstore;

import io.beacon.eventstore.BeaconDialectResolver;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.SnapshotEventEntry;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import javax.sql.DataSource;
import java.util.List;

/** Axon's event entities on a test's database, mapped as the services map them, without Spring. */
public final class EventStoreJpa {

    /** For a test that runs the transaction itself: the engine's own calls join it. */
    public static final TransactionManager NO_TRANSACTION = () -> new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    private EventStoreJpa() {
    }

    /** The services' mapping (orm.xml, column naming, dialect); each statement Hibernate sends goes to {@code statements}. */
    public static EntityManagerFactory open(String name, DataSource dataSource, List<String> statements) {
        return new HibernatePersistenceConfiguration(name)
                .managedClass(DomainEventEntry.class)
                .managedClass(SnapshotEventEntry.class)
                .mappingFile("META-INF/orm.xml")
                .property("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName())
                .property("hibernate.dialect_resolvers", BeaconDialectResolver.class.getName())
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
                    statements.add(sql);
                    return sql;
                })
                .createEntityManagerFactory();
    }
}
