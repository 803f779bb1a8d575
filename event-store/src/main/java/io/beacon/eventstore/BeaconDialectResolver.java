package io.beacon.eventstore;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link ByteaPostgreSQLDialect} on PostgreSQL and leaves every other database (H2 for the local run) to
 * Hibernate's own resolution. Registered with {@code hibernate.dialect_resolvers}.
 */
public class BeaconDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return "PostgreSQL".equalsIgnoreCase(info.getDatabaseName()) ? new ByteaPostgreSQLDialect(info) : null;
    }
}
