package io.beacon.gateway.signal;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSignalMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:15:00Z");
    private final AlertSignalMapper mapper = new AlertSignalMapper(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsEveryFieldOfAFiringAlert() {
        SourceAlert alert = SourceAlerts.firing(
                Map.of("alertname", "CheckoutErrors", "service", "checkout", "severity", "page"),
                Map.of("summary", "Checkout fails", "description", "5% of requests fail",
                        "runbook_url", "https://runbooks/checkout"));

        AlertSignalReceived signal = mapper.toSignal(alert);

        assertThat(signal.eventId()).isNotNull();
        assertThat(signal.occurredAt()).isEqualTo(NOW);
        assertThat(signal.schemaVersion()).isEqualTo(1);
        assertThat(signal.source()).isEqualTo("alertmanager");
        assertThat(signal.serviceKey()).isEqualTo("checkout");
        assertThat(signal.partitionKey()).isEqualTo("checkout");
        assertThat(signal.dedupKey()).isEqualTo("5f3e1c2a9b7d4e60");
        assertThat(signal.status()).isEqualTo(SignalStatus.FIRING);
        assertThat(signal.alertName()).isEqualTo("CheckoutErrors");
        assertThat(signal.title()).isEqualTo("Checkout fails");
        assertThat(signal.description()).isEqualTo("5% of requests fail");
        assertThat(signal.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(signal.sourceSeverity()).isEqualTo("page");
        assertThat(signal.slo()).isNull();
        assertThat(signal.runbookUrl()).isEqualTo("https://runbooks/checkout");
        assertThat(signal.generatorUrl()).isEqualTo("http://prometheus:9090/graph");
        assertThat(signal.startsAt()).isEqualTo(SourceAlerts.STARTS_AT);
        assertThat(signal.endsAt()).isNull();
        assertThat(signal.groupKey()).isEqualTo("{}:{service=\"checkout\"}");
        assertThat(signal.externalUrl()).isEqualTo("http://alertmanager:9093");
        assertThat(signal.labels()).isEqualTo(alert.labels());
        assertThat(signal.annotations()).isEqualTo(alert.annotations());
    }

    @Test
    void everyDeliveryGetsItsOwnEventId() {
        SourceAlert alert = SourceAlerts.firing(Map.of("alertname", "A"));

        assertThat(mapper.toSignal(alert).eventId()).isNotEqualTo(mapper.toSignal(alert).eventId());
    }

    @Test
    void theServiceKeyFallsBackFromServiceToSlothServiceToJobToUnknown() {
        assertThat(serviceKeyOf(Map.of("service", "checkout", "sloth_service", "s", "job", "j"))).isEqualTo("checkout");
        assertThat(serviceKeyOf(Map.of("service", " ", "sloth_service", "cart", "job", "j"))).isEqualTo("cart");
        assertThat(serviceKeyOf(Map.of("job", "node-exporter"))).isEqualTo("node-exporter");
        assertThat(serviceKeyOf(Map.of("alertname", "Watchdog"))).isEqualTo("unknown");
    }

    @Test
    void theTitleFallsBackFromSummaryToTitleToAlertName() {
        assertThat(mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A"),
                Map.of("summary", "S", "title", "T"))).title()).isEqualTo("S");
        assertThat(mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A"),
                Map.of("title", "T"))).title()).isEqualTo("T");
        assertThat(mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A"))).title()).isEqualTo("A");
        assertThat(mapper.toSignal(SourceAlerts.firing(Map.of("job", "j"))).title()).isNotBlank();
    }

    @Test
    void readsDescriptionAndRunbookUnderTheirOtherNames() {
        AlertSignalReceived signal = mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A"),
                Map.of("message", "M", "runbookURL", "https://runbooks/a")));
        AlertSignalReceived pyrraStyle = mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A"),
                Map.of("runbook", "https://runbooks/b")));

        assertThat(signal.description()).isEqualTo("M");
        assertThat(signal.runbookUrl()).isEqualTo("https://runbooks/a");
        assertThat(pyrraStyle.runbookUrl()).isEqualTo("https://runbooks/b");
    }

    @Test
    void aMissingSeverityIsAWarningWithNoSourceSeverity() {
        AlertSignalReceived signal = mapper.toSignal(SourceAlerts.firing(Map.of("alertname", "A")));

        assertThat(signal.severity()).isEqualTo(Severity.WARNING);
        assertThat(signal.sourceSeverity()).isNull();
    }

    @Test
    void aSlothAlertIsKeyedBySlothServiceAndCarriesItsSlo() {
        AlertSignalReceived signal = mapper.toSignal(SourceAlerts.firing(Map.of(
                "alertname", "CheckoutBudgetBurn", "sloth_service", "checkout", "sloth_slo", "availability",
                "sloth_severity", "ticket")));

        assertThat(signal.serviceKey()).isEqualTo("checkout");
        assertThat(signal.severity()).isEqualTo(Severity.WARNING);
        assertThat(signal.sourceSeverity()).isEqualTo("ticket");
        assertThat(signal.slo().generator()).isEqualTo("sloth");
        assertThat(signal.slo().slo()).isEqualTo("availability");
    }

    private String serviceKeyOf(Map<String, String> labels) {
        return mapper.toSignal(SourceAlerts.firing(labels)).serviceKey();
    }

    @Test
    void aLongServiceNameIsBoundedWithAHashOfTheWholeName() {
        String common = "payments-".repeat(200);

        String eu = serviceKeyOf(Map.of("service", common + "eu"));
        String us = serviceKeyOf(Map.of("service", common + "us"));

        assertThat(eu).hasSizeLessThanOrEqualTo(SignalLimits.MAX_SERVICE_KEY_CHARS).matches("payments-.*~[0-9a-f]{12}");
        assertThat(eu).isNotEqualTo(us).isEqualTo(serviceKeyOf(Map.of("service", common + "eu")));
    }

    @Test
    void aServiceLabelOfOnlyControlCharactersFallsBackToTheNextLabel() {
        assertThat(serviceKeyOf(Map.of("service", "\u0000\u0007", "job", "node"))).isEqualTo("node");
        assertThat(serviceKeyOf(Map.of("service", "zahlung\u0000sdienst"))).isEqualTo("zahlungsdienst");
    }

    @Test
    void aHostileFingerprintBecomesABoundedDedupKey() {
        SourceAlert alert = new SourceAlert(io.beacon.contracts.SignalStatus.FIRING, Map.of("alertname", "A"), Map.of(),
                SourceAlerts.STARTS_AT, null, null, "f".repeat(10_000), null, null);

        assertThat(mapper.toSignal(alert).dedupKey()).hasSizeLessThanOrEqualTo(SignalLimits.MAX_DEDUP_KEY_CHARS);
    }
}
