package io.beacon.contracts;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.SloBreach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The records survive the JSON round trip every service uses, with no annotations. */
class ContractsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAlertSignalRoundTripsThroughJson() {
        AlertSignalReceived signal = new AlertSignalReceived(UUID.randomUUID(), Instant.parse("2026-11-22T03:00:30Z"),
                1, "alertmanager", "checkout-api", "4f9c0a1b2c3d4e5f", SignalStatus.FIRING, "SLOErrorBudgetBurn",
                "Burning", null, Severity.CRITICAL, "page", new SloBreach("sloth", "availability", 14.4, "1h", "5m", null),
                null, null, Instant.parse("2026-11-22T03:00:00Z"), null, "{}:{}", null,
                Map.of("service", "checkout-api"), null);

        AlertSignalReceived back = json.readValue(json.writeValueAsString(signal), AlertSignalReceived.class);

        assertThat(back).isEqualTo(signal);
        assertThat(back.partitionKey()).isEqualTo("checkout-api");
        assertThat(back.annotations()).isEmpty();
    }

    @Test
    void everyIncidentEventRoundTripsAndIsPartitionedByIncident() {
        for (IncidentIntegrationEvent event : IncidentEvents.all()) {
            String text = json.writeValueAsString(event);
            IntegrationEvent back = json.readValue(text, EventTypes.recordOf(event.eventType()).orElseThrow());
            assertThat(back).as(event.eventType()).isEqualTo(event);
            assertThat(back.partitionKey()).isEqualTo(IncidentEvents.INCIDENT);
            assertThat(text).as("derived values stay off the wire").doesNotContain("partitionKey", "eventType");
        }
    }

    @Test
    void aResolvedIncidentCarriesItsStory() {
        IncidentResolved resolved = IncidentEvents.resolved();

        JsonNode tree = json.readTree(json.writeValueAsString(resolved));

        assertThat(tree.get("severity").asString()).isEqualTo("SEV1");
        assertThat(tree.get("reference").asString()).isEqualTo("INC-42");
        assertThat(tree.get("timeToAcknowledge").asString()).isEqualTo("PT1M30S");
        assertThat(tree.get("signals").get(0).get("alertName").asString()).isEqualTo("CheckoutErrorBudgetBurn");
        assertThat(tree.get("statusUpdates").get(0).get("label").asString()).isEqualTo("MONITORING");
        assertThat(IncidentResolved.between(null, resolved.resolvedAt())).isNull();
        assertThat(tree.get("signalsOmitted").asInt()).isZero();
    }

    @Test
    void aResolvedEventPublishedBeforeSignalsOmittedExistedReadsAsHavingAllItsSignals() {
        IncidentResolved resolved = IncidentEvents.resolved();
        tools.jackson.databind.node.ObjectNode tree =
                (tools.jackson.databind.node.ObjectNode) json.readTree(json.writeValueAsString(resolved));
        tree.remove("signalsOmitted");

        IncidentResolved back = json.readValue(tree.toString(), IncidentResolved.class);

        assertThat(back).isEqualTo(resolved);
        assertThat(back.signalsOmitted()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IncidentResolved(back.eventId(),
                        back.occurredAt(), 2, back.incidentId(), back.service(), back.reference(), back.number(),
                        back.title(), back.severity(), back.commander(), back.summary(), back.resolvedBy(),
                        back.declaredAt(), back.acknowledgedAt(), back.mitigatedAt(), back.resolvedAt(),
                        back.timeToAcknowledge(), back.timeToMitigate(), back.timeToResolve(), back.signals(),
                        back.statusUpdates(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
