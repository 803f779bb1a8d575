package io.beacon.slack.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A message the outbox's columns can't hold is refused before any SQL, on PostgreSQL, where a failed statement would
 * abort the caller's whole transaction (a paging decision's): the caller catches the refusal and its transaction goes on.
 */
class OversizedMessageTest {

    private final OutboxRig rig = new OutboxRig("slack_outbox_oversized");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void anOversizedMessageIsRefusedAndTheCallersTransactionCommitsTheRest() {
        new TransactionTemplate(new DataSourceTransactionManager(rig.dataSource)).executeWithoutResult(tx -> {
            assertThatThrownBy(() -> rig.outbox.enqueue(post("page:far", "C".repeat(256), "too far")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address is 256 characters");
            assertThatThrownBy(() -> rig.outbox.enqueue(post("page:many", "C0PAY", "fallbacks",
                    List.of("C0BACKUP", "F".repeat(300)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallback is 300 characters");

            rig.outbox.enqueue(post("page:next", "C0PAY", "still recorded"));
        });

        assertThat(rig.status("page:next")).isEqualTo(OutboxStatus.PENDING);
        assertThat(rig.queries.byKey("page:far")).isEmpty();
        assertThat(rig.queries.byKey("page:many")).isEmpty();
    }

    @Test
    void theLengthsItChecksAreTheTablesOwn() {
        Map<String, Integer> table = new HashMap<>();
        new JdbcTemplate(rig.dataSource).query("select column_name, character_maximum_length"
                + " from information_schema.columns where table_name = 'slack_outbox'"
                + " and character_maximum_length is not null", row -> {
                    table.put(row.getString(1), row.getInt(2));
                });

        assertThat(table).containsAllEntriesOf(JdbcSlackOutbox.COLUMN_LENGTHS);
    }
}
