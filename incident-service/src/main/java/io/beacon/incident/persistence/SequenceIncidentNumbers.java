package io.beacon.incident.persistence;

import io.beacon.incident.incident.IncidentNumbers;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Incident numbers from the database sequence {@code incident_number_seq}: unique across instances, with gaps
 * where a declaration lost a race and was retried.
 */
@Component
class SequenceIncidentNumbers implements IncidentNumbers {

    static final String SEQUENCE = "incident_number_seq";
    private final DataFieldMaxValueIncrementer sequence;

    SequenceIncidentNumbers(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            sequence = product.toLowerCase().contains("postgres")
                    ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                    : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
        }
    }

    @Override
    public long next() {
        return sequence.nextLongValue();
    }
}
