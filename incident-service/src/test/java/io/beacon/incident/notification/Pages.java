package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentBrief;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.incident.api.SloContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Object mother for pages. */
public final class Pages {

    public static final String INCIDENT_ID = "inc-7f3a";
    public static final Instant DECLARED_AT = Instant.parse("2026-11-22T03:07:00Z");
    public static final SloContext BURNING_FAST = new SloContext("sloth", "requests-availability", 14.4, "1h", "5m",
            "2d");

    private Pages() {
    }

    public static AlertSignal trigger(String title, String description, SloContext slo, String runbookUrl) {
        return new AlertSignal("alertmanager", "a1b2c3d4e5f60718", SignalStatus.FIRING, "CheckoutErrorBudgetBurn",
                title, description, Severity.CRITICAL, "page", slo, runbookUrl,
                "http://prometheus:9090/graph?g0.expr=rate&g0.tab=1", DECLARED_AT.minusSeconds(60), null,
                DECLARED_AT.minusSeconds(30), Map.of("service", "checkout-api"), Map.of());
    }

    public static AlertSignal trigger() {
        return trigger("Checkout error budget burning 14.4x", "5xx ratio above 1.44% for 1h", BURNING_FAST,
                "https://runbooks.example.com/checkout-api");
    }

    public static IncidentBrief brief(AlertSignal trigger) {
        return new IncidentBrief(42, "checkout-api", trigger.title(), IncidentSeverity.SEV1, trigger, DECLARED_AT);
    }

    public static ResponderPaged paged(int step, String responder) {
        return new ResponderPaged(INCIDENT_ID, step, step, 1, responder, "C0PAYMENTS", List.of("C0SRE"),
                brief(trigger()), DECLARED_AT.plusSeconds(300L * (step - 1)));
    }

    public static Page page() {
        return Page.of(paged(1, "U0ALICE"));
    }

    public static Page page(AlertSignal trigger) {
        return Page.of(new ResponderPaged(INCIDENT_ID, 1, 1, 1, "U0ALICE", "C0PAYMENTS", List.of("C0SRE"),
                brief(trigger), DECLARED_AT));
    }

    public static Page page(String responder) {
        return Page.of(paged(1, responder));
    }
}
