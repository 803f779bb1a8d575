package io.beacon.slack.delivery;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Creates the outbox tables from the module's canonical DDL, the statements every service's migration copies. */
final class OutboxSchema {

    static final String DDL = "io/beacon/slack/delivery/slack_outbox.sql";
    /** Applied after {@link #DDL} on PostgreSQL, as the services' later migration is. */
    static final String LISTENER_PENDING_POSTGRESQL = "io/beacon/slack/delivery/slack_outbox_listener_pending-postgresql.sql";

    private OutboxSchema() {
    }

    static void create(DataSource dataSource) {
        ResourceDatabasePopulator statements = new ResourceDatabasePopulator(new ClassPathResource(DDL));
        if (onPostgres(dataSource)) {
            statements.addScript(new ClassPathResource(LISTENER_PENDING_POSTGRESQL));
        }
        statements.execute(dataSource);
    }

    private static boolean onPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
