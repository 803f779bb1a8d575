package io.beacon.postmortem.shared;

import io.beacon.testkit.SqlStatements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the shared slack-delivery and deadlines modules come from this service's own Flyway migrations
 * (versions are per service); each must hold the same statements as the module's canonical DDL.
 */
class SharedModuleMigrationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "db/migration/common/V5__slack_outbox.sql, io/beacon/slack/delivery/slack_outbox.sql",
            "db/migration/postgresql/V12__slack_outbox_listener_pending.sql, io/beacon/slack/delivery/slack_outbox_listener_pending-postgresql.sql",
            "db/migration/h2/V6__scheduled_tasks.sql, io/beacon/deadline/scheduled_tasks-h2.sql",
            "db/migration/postgresql/V6__scheduled_tasks.sql, io/beacon/deadline/scheduled_tasks-postgresql.sql",
            "db/migration/h2/V10__dead_letter_entry.sql, io/beacon/deadletter/dead_letter_entry-h2.sql",
            "db/migration/postgresql/V10__dead_letter_entry.sql, io/beacon/deadletter/dead_letter_entry-postgresql.sql",
            "db/migration/common/V11__deadman_switch.sql, io/beacon/deadline/deadman_switch.sql"})
    void migrationHoldsTheModulesCanonicalStatements(String migration, String canonical) {
        assertThat(SqlStatements.of(migration)).isNotEmpty().isEqualTo(SqlStatements.of(canonical));
    }
}
