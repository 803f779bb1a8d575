package io.beacon.incident.it;

import io.beacon.contracts.EventTypes;
import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentCommanderAssigned;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentEscalated;
import io.beacon.contracts.IncidentIntegrationEvent;
import io.beacon.contracts.IncidentReopened;
import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.IncidentSeverityChanged;
import io.beacon.contracts.IncidentStatusUpdated;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.StatusLabel;
import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.AttachSignals;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.ReopenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.Severity;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other services hear of an incident: driven through its whole life by commands against a real PostgreSQL,
 * read back from the real {@code beacon.incident-events.v1} topic, type header and payload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IncidentEventsPublishingIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start();
    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    CommandGateway commands;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_outbound_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-outbound-oncall.yml");
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    void anIncidentsWholeLifeIsPublishedWithTypeNamesAndTheResolutionCarriesItsStory() {
        try (IncidentEventsTopic topic = new IncidentEventsTopic()) {
            String id = commands.sendAndWait(DeclareIncident.forService("ledger-api", "Ledger writes failing",
                    io.beacon.incident.api.IncidentSeverity.SEV2, "U0ALICE"));
            // level 1 waits one second for an acknowledgement, then level 2 (U0BOB) is paged
            topic.awaitRecords(id, records -> types(records).contains(EventTypes.INCIDENT_ESCALATED));

            commands.sendAndWait(new AttachSignal(id, signal()));   // a critical alert raises it to SEV1
            commands.sendAndWait(new AcknowledgeIncident(id, "U0BOB"));
            commands.sendAndWait(new AssignCommander(id, "U0CAROL", "U0BOB"));
            commands.sendAndWait(new PostStatusUpdate(id, io.beacon.incident.api.StatusLabel.IDENTIFIED,
                    "A bad deploy", "5% of ledger writes fail", "Roll back", null, "U0CAROL"));
            commands.sendAndWait(new PostStatusUpdate(id, io.beacon.incident.api.StatusLabel.MONITORING,
                    "Rolled back", "No failures since", "Watch for an hour", null, "U0CAROL"));
            commands.sendAndWait(new ResolveIncident(id, "U0CAROL", "Writes healthy since the rollback"));
            commands.sendAndWait(new ReopenIncident(id, "U0CAROL", "Failures are back"));

            List<IncidentEventsTopic.Received> records = topic.awaitRecords(id,
                    received -> types(received).contains(EventTypes.INCIDENT_REOPENED));

            assertThat(types(records)).containsExactly(EventTypes.INCIDENT_DECLARED, EventTypes.INCIDENT_ESCALATED,
                    EventTypes.INCIDENT_SEVERITY_CHANGED, EventTypes.INCIDENT_ACKNOWLEDGED,
                    EventTypes.INCIDENT_COMMANDER_ASSIGNED, EventTypes.INCIDENT_STATUS_UPDATED,
                    EventTypes.INCIDENT_STATUS_UPDATED, EventTypes.INCIDENT_RESOLVED, EventTypes.INCIDENT_REOPENED);
            List<IncidentIntegrationEvent> events = records.stream().map(this::read).toList();
            assertThat(events).allSatisfy(event -> {
                assertThat(event.incidentId()).isEqualTo(id);
                assertThat(event.service()).isEqualTo("ledger-api");
                assertThat(event.reference()).isEqualTo("INC-" + event.number()).isNotEqualTo("INC-0");
            });
            assertThat(events).extracting(IncidentIntegrationEvent::eventId).doesNotHaveDuplicates();

            IncidentDeclared declared = (IncidentDeclared) events.get(0);
            assertThat(declared.severity()).isEqualTo(IncidentSeverity.SEV2);
            assertThat(declared.declaredBy()).isEqualTo("U0ALICE");
            assertThat(declared.title()).isEqualTo("Ledger writes failing");
            IncidentEscalated escalated = (IncidentEscalated) events.get(1);
            assertThat(escalated.step()).isEqualTo(2);
            assertThat(escalated.level()).isEqualTo(2);
            assertThat(escalated.round()).isEqualTo(1);
            assertThat(escalated.responder()).isEqualTo("U0BOB");
            IncidentSeverityChanged raised = (IncidentSeverityChanged) events.get(2);
            assertThat(raised.from()).isEqualTo(IncidentSeverity.SEV2);
            assertThat(raised.to()).isEqualTo(IncidentSeverity.SEV1);
            assertThat(raised.changedBy()).isNull();
            IncidentAcknowledged acknowledged = (IncidentAcknowledged) events.get(3);
            assertThat(acknowledged.acknowledgedBy()).isEqualTo("U0BOB");
            IncidentCommanderAssigned commander = (IncidentCommanderAssigned) events.get(4);
            assertThat(commander.commander()).isEqualTo("U0CAROL");
            assertThat(commander.assignedBy()).isEqualTo("U0BOB");
            IncidentStatusUpdated monitoring = (IncidentStatusUpdated) events.get(6);
            assertThat(monitoring.label()).isEqualTo(StatusLabel.MONITORING);
            assertThat(monitoring.sequence()).isEqualTo(2);
            assertThat(monitoring.postedBy()).isEqualTo("U0CAROL");

            IncidentResolved resolved = (IncidentResolved) events.get(7);
            assertThat(resolved.title()).isEqualTo("Ledger writes failing");
            assertThat(resolved.severity()).isEqualTo(IncidentSeverity.SEV1);
            assertThat(resolved.commander()).isEqualTo("U0CAROL");
            assertThat(resolved.resolvedBy()).isEqualTo("U0CAROL");
            assertThat(resolved.summary()).isEqualTo("Writes healthy since the rollback");
            assertThat(resolved.declaredAt()).isEqualTo(declared.declaredAt());
            assertThat(resolved.acknowledgedAt()).isEqualTo(acknowledged.acknowledgedAt());
            assertThat(resolved.mitigatedAt()).isEqualTo(monitoring.postedAt());
            assertThat(resolved.resolvedAt()).isAfterOrEqualTo(resolved.mitigatedAt());
            assertThat(resolved.timeToAcknowledge())
                    .isEqualTo(Duration.between(declared.declaredAt(), acknowledged.acknowledgedAt()));
            assertThat(resolved.timeToMitigate())
                    .isEqualTo(Duration.between(declared.declaredAt(), monitoring.postedAt()));
            assertThat(resolved.timeToResolve())
                    .isEqualTo(Duration.between(declared.declaredAt(), resolved.resolvedAt()));
            assertThat(resolved.signals()).containsExactly(new IncidentResolved.Signal("LedgerWriteErrors",
                    SignalStatus.FIRING, "alertmanager", Instant.parse("2026-11-22T03:00:00Z"), "Ledger writes fail"));
            assertThat(resolved.statusUpdates()).extracting(IncidentResolved.StatusUpdate::label)
                    .containsExactly(StatusLabel.IDENTIFIED, StatusLabel.MONITORING);
            assertThat(resolved.statusUpdates().get(0)).satisfies(update -> {
                assertThat(update.summary()).isEqualTo("A bad deploy");
                assertThat(update.impact()).isEqualTo("5% of ledger writes fail");
                assertThat(update.postedBy()).isEqualTo("U0CAROL");
                assertThat(update.postedAt()).isNotNull();
            });

            IncidentReopened reopened = (IncidentReopened) events.get(8);
            assertThat(reopened.reopenedBy()).isEqualTo("U0CAROL");
            assertThat(reopened.reason()).isEqualTo("Failures are back");
        }
    }

    @Test
    void anIncidentWithThousandsOfSignalsResolvesInOneRecordWithItsFirstAndLastSignals() {
        try (IncidentEventsTopic topic = new IncidentEventsTopic()) {
            String id = commands.sendAndWait(DeclareIncident.forService("flapping-api", "Flapping for days",
                    io.beacon.incident.api.IncidentSeverity.SEV3, "U0ALICE"));
            // 3 bytes each in UTF-8: the 500 signals a resolution carries at most would make a 1.5 MB record
            String title = "€".repeat(1_000);
            List<AlertSignal> signals = java.util.stream.IntStream.range(0, 1_200)
                    .mapToObj(i -> signal("Flap" + i, "%016x".formatted(i), title)).toList();
            for (int from = 0; from < signals.size(); from += 300) {
                commands.sendAndWait(new AttachSignals(id, signals.subList(from, from + 300)));
            }
            commands.sendAndWait(new ResolveIncident(id, "U0ALICE", "Stable again"));

            IncidentEventsTopic.Received record = topic.awaitRecords(id,
                            received -> types(received).contains(EventTypes.INCIDENT_RESOLVED)).stream()
                    .filter(r -> r.type().equals(EventTypes.INCIDENT_RESOLVED)).findFirst().orElseThrow();
            IncidentResolved resolved = (IncidentResolved) read(record);

            assertThat(record.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThan(1_000_000);
            assertThat(resolved.signals()).hasSize(250);
            assertThat(resolved.signalsOmitted()).isEqualTo(950);
            assertThat(resolved.signals().getFirst().alertName()).isEqualTo("Flap0");
            assertThat(resolved.signals().getLast().alertName()).isEqualTo("Flap1199");
            assertThat(resolved.signals().getFirst().title()).isEqualTo(title);
            assertThat(jdbc.queryForObject("select count(*) from outbound_incident_signal where incident_id = ?",
                    Integer.class, id)).as("the signals are read from the stream, not copied").isZero();
        }
    }

    private IncidentIntegrationEvent read(IncidentEventsTopic.Received record) {
        Class<?> type = EventTypes.recordOf(record.type()).orElseThrow(
                () -> new AssertionError("unknown type " + record.type()));
        return (IncidentIntegrationEvent) json.readValue(record.json(), type);
    }

    private static List<String> types(List<IncidentEventsTopic.Received> records) {
        return records.stream().map(IncidentEventsTopic.Received::type).toList();
    }

    private static AlertSignal signal() {
        return new AlertSignal("alertmanager", "0123456789abcdef", io.beacon.incident.api.SignalStatus.FIRING,
                "LedgerWriteErrors", "Ledger writes fail", null, Severity.CRITICAL, "page", null, null, null,
                Instant.parse("2026-11-22T03:00:00Z"), null, Instant.now(), Map.of("service", "ledger-api"), Map.of());
    }

    private static AlertSignal signal(String alertName, String dedupKey, String title) {
        return new AlertSignal("alertmanager", dedupKey, io.beacon.incident.api.SignalStatus.FIRING, alertName, title,
                null, Severity.WARNING, "ticket", null, null, null, Instant.parse("2026-11-22T03:00:00Z"), null,
                Instant.now(), Map.of("service", "flapping-api"), Map.of());
    }
}
