package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentSeverity;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V8 migration on H2 (the local run's database; the integration test covers PostgreSQL) holds every part of a
 * channel state, and a state comes back as it was saved.
 */
class JdbcIncidentChannelStatesOnH2Test {

    private final JdbcTemplate jdbc = new JdbcTemplate(migratedH2());
    private final JdbcIncidentChannelStates states = new JdbcIncidentChannelStates(jdbc);

    @Test
    void aStateRoundTripsThroughTheTable() {
        IncidentChannelState declared = IncidentChannels.triggered();
        states.insert(declared);
        assertThat(states.find(declared.incidentId())).contains(declared);

        IncidentChannelState changed = IncidentChannels.investigating("Payment provider times out", "EU only")
                .severity(IncidentSeverity.SEV2, 6).overdue(2, 7)
                .resolved("U0CMD", Instant.parse("2026-11-22T04:00:00.123456Z"), 8);
        states.update(changed);

        assertThat(states.find(declared.incidentId())).contains(changed);
        assertThat(states.find("no-such-incident")).isEmpty();
    }

    @Test
    void longTextsFitTheColumns() {
        String huge = "ü".repeat(10_000);
        IncidentChannelState state = IncidentChannels.withTexts(huge, huge, huge, huge);
        states.insert(state);

        assertThat(states.find(state.incidentId())).hasValueSatisfying(found -> {
            assertThat(found.service()).hasSize(IncidentChannelState.SERVICE_MAX);
            assertThat(found.updateImpact()).hasSize(IncidentChannelState.TEXT_MAX);
        });
    }

    private static JdbcDataSource migratedH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:channel-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try {
            String ddl = Files.readString(
                    Path.of("src/main/resources/db/migration/common/V8__incident_channel_state.sql"));
            new JdbcTemplate(h2).execute(ddl.replaceAll("(?m)^--.*$", ""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }
}
