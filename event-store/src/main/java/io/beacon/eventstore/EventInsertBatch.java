package io.beacon.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

/**
 * A unit of work's events written to {@code domain_event_entry} as one JDBC batch, each row numbered by the table's
 * sequence inside its own insert. Axon's JPA engine persists event by event: Hibernate asked the sequence for every
 * event's global index (a round trip each, the sequence being allocated one by one so that there are no gaps Axon's
 * gap detection would wait on) and then inserted the rows one statement at a time. An intake command attaching a
 * poll's 1,000 signals to one incident made 2,000 round trips to PostgreSQL and held its consumer for seconds. The rows
 * are those Axon's {@code DomainEventEntry} would hold, column for column (the services' migrations make the table and
 * the sequence; {@code META-INF/orm.xml} names the same sequence for the entity).
 */
final class EventInsertBatch {

    static final String TABLE = "domain_event_entry";
    static final String SEQUENCE = "domain_event_entry_global_index_seq";

    private final String insert;

    private EventInsertBatch(String nextGlobalIndex) {
        this.insert = "insert into " + TABLE + " (global_index, aggregate_identifier, sequence_number, type,"
                + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                + " values (" + nextGlobalIndex + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** For the database behind {@code connection}; null when it is neither PostgreSQL nor H2 (Axon's way then). */
    static EventInsertBatch forDatabase(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return new EventInsertBatch("nextval('" + SEQUENCE + "')");
        }
        if (product.equals("h2")) {
            return new EventInsertBatch("next value for " + SEQUENCE);
        }
        return null;
    }

    /** Inserts the events in their order (so their global indexes follow it), in the connection's transaction. */
    void insert(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (EventMessage<?> event : events) {
                DomainEventMessage<?> domainEvent = asDomainEventMessage(event);
                SerializedObject<byte[]> payload = domainEvent.serializePayload(serializer, byte[].class);
                SerializedObject<byte[]> metaData = domainEvent.serializeMetaData(serializer, byte[].class);
                statement.setString(1, domainEvent.getAggregateIdentifier());
                statement.setLong(2, domainEvent.getSequenceNumber());
                if (domainEvent.getType() == null) {
                    statement.setNull(3, Types.VARCHAR);
                } else {
                    statement.setString(3, domainEvent.getType());
                }
                statement.setString(4, domainEvent.getIdentifier());
                statement.setBytes(5, metaData.getData());
                statement.setBytes(6, payload.getData());
                if (payload.getType().getRevision() == null) {
                    statement.setNull(7, Types.VARCHAR);
                } else {
                    statement.setString(7, payload.getType().getRevision());
                }
                statement.setString(8, payload.getType().getName());
                statement.setString(9, DateTimeUtils.formatInstant(domainEvent.getTimestamp()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
