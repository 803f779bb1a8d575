package io.beacon.slack.delivery;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;

/** Creates the outbox tables from the module's canonical DDL, the statements every service's migration copies. */
final class OutboxSchema {

    static final String DDL = "io/beacon/slack/delivery/slack_outbox.sql";
    /** Applied after {@link #DDL}, as the services' later migration is. */
    static final String LISTENER_INDEX = "io/beacon/slack/delivery/slack_outbox_listener_index.sql";

    private OutboxSchema() {
    }

    static void create(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource(DDL), new ClassPathResource(LISTENER_INDEX))
                .execute(dataSource);
    }
}
