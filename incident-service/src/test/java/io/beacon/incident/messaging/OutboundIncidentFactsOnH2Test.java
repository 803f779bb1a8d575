package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.StatusLabel;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.api.StatusUpdatePosted;
import io.beacon.incident.testdata.Policies;
import io.beacon.incident.testdata.Signals;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound projection on H2 (the local run's database; PostgreSQL is covered by the integration test): the
 * migration applies, the facts keep nanosecond times, and replaying the same events changes nothing.
 */
class OutboundIncidentFactsOnH2Test {

    static final String ID = "incident-1";
    static final Instant DECLARED = Instant.parse("2026-11-22T03:00:30.123456789Z");

    @Test
    void factsAccumulateInOrderAndReplayingThemIsHarmless() {
        OutboundIncidentFacts facts = new OutboundIncidentFacts(JdbcClient.create(migratedH2()));
        List<IncidentEvent> history = List.of(
                new IncidentDeclared(ID, 42, "checkout-api", "Burning", io.beacon.incident.api.IncidentSeverity.SEV2,
                        Signals.firing(), null, Policies.payments(), DECLARED),
                new SignalAttached(ID, Signals.firing("LatencyBurn", "00ff00ff00ff00ff"), DECLARED.plusSeconds(5)),
                new IncidentAcknowledged(ID, "checkout-api", "U0ALICE", DECLARED.plusSeconds(90), null, List.of(1),
                        null),
                new SeverityChanged(ID, io.beacon.incident.api.IncidentSeverity.SEV2,
                        io.beacon.incident.api.IncidentSeverity.SEV1, "U0ALICE", "worse", null, DECLARED),
                new CommanderAssigned(ID, "U0CAROL", null, "U0ALICE", DECLARED.plusSeconds(100)),
                update(1, io.beacon.incident.api.StatusLabel.MONITORING, 600),
                update(2, io.beacon.incident.api.StatusLabel.MONITORING, 900));

        for (int replay = 0; replay < 2; replay++) {
            history.forEach(facts::record);
        }

        IncidentFacts known = facts.find(ID).orElseThrow();
        assertThat(known.reference()).isEqualTo("INC-42");
        assertThat(known.severity()).isEqualTo(IncidentSeverity.SEV1);
        assertThat(known.commander()).isEqualTo("U0CAROL");
        assertThat(known.declaredAt()).isEqualTo(DECLARED);
        assertThat(known.acknowledgedAt()).isEqualTo(DECLARED.plusSeconds(90));
        assertThat(known.mitigatedAt()).as("the first Monitoring update").isEqualTo(DECLARED.plusSeconds(600));
        assertThat(facts.statusUpdates(ID)).extracting(IncidentResolved.StatusUpdate::sequence,
                IncidentResolved.StatusUpdate::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, StatusLabel.MONITORING),
                        org.assertj.core.groups.Tuple.tuple(2, StatusLabel.MONITORING));
        assertThat(facts.find("unknown")).isEmpty();
    }

    private static StatusUpdatePosted update(int sequence, io.beacon.incident.api.StatusLabel label, long after) {
        return new StatusUpdatePosted(ID, sequence, label, "Rolled back", "2% fail", "Watch", "U0CAROL", "U0CAROL",
                null, null, DECLARED.plusSeconds(after));
    }

    private static JdbcDataSource migratedH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbound-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .load().migrate();
        return h2;
    }
}
