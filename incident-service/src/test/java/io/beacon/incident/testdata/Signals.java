package io.beacon.incident.testdata;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.incident.api.SloContext;

import java.time.Instant;
import java.util.Map;

/** Object mother for alert signals. */
public final class Signals {

    public static final Instant STARTS_AT = Instant.parse("2026-11-22T03:00:00Z");

    private Signals() {
    }

    public static AlertSignal firing(String alertName, String fingerprint) {
        return new AlertSignal("alertmanager", fingerprint, SignalStatus.FIRING, alertName,
                "Checkout error budget burning 14.4x", "5xx ratio above 1.44% for 1h", Severity.CRITICAL, "page",
                new SloContext("sloth", "requests-availability", 14.4, "1h", "5m", null),
                "https://runbooks.example.com/checkout", "http://prometheus:9090/graph", STARTS_AT, null,
                STARTS_AT.plusSeconds(30), Map.of("service", "checkout-api", "alertname", alertName),
                Map.of("summary", "Checkout error budget burning 14.4x"));
    }

    public static AlertSignal firing() {
        return firing("CheckoutErrorBudgetBurn", "a1b2c3d4e5f60718");
    }

    public static AlertSignal resolved(AlertSignal signal) {
        return new AlertSignal(signal.source(), signal.dedupKey(), SignalStatus.RESOLVED, signal.alertName(),
                signal.title(), signal.description(), signal.severity(), signal.sourceSeverity(), signal.slo(),
                signal.runbookUrl(), signal.generatorUrl(), signal.startsAt(), signal.startsAt().plusSeconds(600),
                signal.receivedAt().plusSeconds(600), signal.labels(), signal.annotations());
    }

    /** The same alert firing again later: a new episode. */
    public static AlertSignal refired(AlertSignal signal, Instant startsAt) {
        return new AlertSignal(signal.source(), signal.dedupKey(), SignalStatus.FIRING, signal.alertName(),
                signal.title(), signal.description(), signal.severity(), signal.sourceSeverity(), signal.slo(),
                signal.runbookUrl(), signal.generatorUrl(), startsAt, null, startsAt.plusSeconds(30),
                signal.labels(), signal.annotations());
    }
}
