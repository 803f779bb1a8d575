package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.incident.api.SloContext;
import io.beacon.incident.oncall.OnCallAssignment;

import java.time.Instant;
import java.util.Map;

/** Object mother for declared incidents and the pages they make. */
public final class Pages {

    public static final String INCIDENT_ID = "inc-7f3a";
    public static final Instant DECLARED_AT = Instant.parse("2026-11-22T03:07:00Z");
    public static final SloContext BURNING_FAST = new SloContext("sloth", "requests-availability", 14.4, "1h", "5m",
            "2d");
    public static final OnCallAssignment ALICE_FOR_PAYMENTS = new OnCallAssignment("checkout-api", "payments",
            "U0ALICE", "C0PAYMENTS");

    private Pages() {
    }

    public static AlertSignal trigger(String title, String description, SloContext slo, String runbookUrl) {
        return new AlertSignal("alertmanager", "a1b2c3d4e5f60718", SignalStatus.FIRING, "CheckoutErrorBudgetBurn",
                title, description, Severity.CRITICAL, "page", slo, runbookUrl,
                "http://prometheus:9090/graph?g0.expr=rate&g0.tab=1", DECLARED_AT.minusSeconds(60), null,
                DECLARED_AT.minusSeconds(30), Map.of("service", "checkout-api"), Map.of());
    }

    public static IncidentDeclared declared() {
        return declared(INCIDENT_ID, trigger("Checkout error budget burning 14.4x", "5xx ratio above 1.44% for 1h",
                BURNING_FAST, "https://runbooks.example.com/checkout-api"));
    }

    public static IncidentDeclared declared(String incidentId, AlertSignal trigger) {
        return new IncidentDeclared(incidentId, "checkout-api", trigger.title(), Severity.CRITICAL, trigger,
                DECLARED_AT);
    }

    public static Page page() {
        return Page.of(declared(), ALICE_FOR_PAYMENTS);
    }

    public static Page page(AlertSignal trigger) {
        return Page.of(declared(INCIDENT_ID, trigger), ALICE_FOR_PAYMENTS);
    }

    public static Page page(OnCallAssignment onCall) {
        return Page.of(declared(), onCall);
    }
}
