package io.beacon.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One incident's integration events, fully filled in: an object mother for the contract tests. */
final class IncidentEvents {

    static final String INCIDENT = "7f1c2d3e-0000-4000-8000-000000000042";
    static final Instant DECLARED = Instant.parse("2026-11-22T03:00:30Z");

    private IncidentEvents() {
    }

    static List<IncidentIntegrationEvent> all() {
        return List.of(declared(), acknowledged(), escalated(), severityChanged(), commanderAssigned(), statusUpdated(),
                resolved(), reopened());
    }

    static IncidentDeclared declared() {
        return new IncidentDeclared(id(), DECLARED, 2, INCIDENT, "checkout-api", "INC-42", 42,
                "Checkout error budget burn", IncidentSeverity.SEV2, "U0ALICE", DECLARED);
    }

    static IncidentAcknowledged acknowledged() {
        return new IncidentAcknowledged(id(), at(90), 2, INCIDENT, "checkout-api", "INC-42", 42, "U0ALICE", at(90));
    }

    static IncidentEscalated escalated() {
        return new IncidentEscalated(id(), at(60), 1, INCIDENT, "checkout-api", "INC-42", 42, 2, 2, 1, "U0BOB",
                "C0PAYMENTS", at(60));
    }

    static IncidentSeverityChanged severityChanged() {
        return new IncidentSeverityChanged(id(), at(120), 1, INCIDENT, "checkout-api", "INC-42", 42,
                IncidentSeverity.SEV2, IncidentSeverity.SEV1, null, "a more severe alert", at(120));
    }

    static IncidentCommanderAssigned commanderAssigned() {
        return new IncidentCommanderAssigned(id(), at(150), 1, INCIDENT, "checkout-api", "INC-42", 42, "U0CAROL",
                "U0ALICE", "U0ALICE", at(150));
    }

    static IncidentStatusUpdated statusUpdated() {
        return new IncidentStatusUpdated(id(), at(600), 1, INCIDENT, "checkout-api", "INC-42", 42, 1,
                StatusLabel.MONITORING, "Rolled back", "2% of checkouts failed", "Watch the error rate", "U0CAROL",
                "U0CAROL", at(1800), at(600));
    }

    static IncidentResolved resolved() {
        return new IncidentResolved(id(), at(3600), 2, INCIDENT, "checkout-api", "INC-42", 42,
                "Checkout error budget burn", IncidentSeverity.SEV1, "U0CAROL", "Fixed by rollback", "U0CAROL",
                DECLARED, at(90), at(600), at(3600), Duration.ofSeconds(90), Duration.ofSeconds(600),
                Duration.ofSeconds(3600),
                List.of(new IncidentResolved.Signal("CheckoutErrorBudgetBurn", SignalStatus.FIRING, "alertmanager",
                        DECLARED.minusSeconds(30), "Burning")),
                List.of(new IncidentResolved.StatusUpdate(1, StatusLabel.MONITORING, "Rolled back",
                        "2% of checkouts failed", "U0CAROL", at(600))));
    }

    static IncidentReopened reopened() {
        return new IncidentReopened(id(), at(7200), 1, INCIDENT, "checkout-api", "INC-42", 42, "U0CAROL",
                "errors are back", at(7200));
    }

    private static Instant at(long secondsAfterDeclared) {
        return DECLARED.plusSeconds(secondsAfterDeclared);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
