package io.beacon.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One postmortem's integration events and its action item's, fully filled in: an object mother for the tests. */
final class PostmortemEvents {

    static final String INCIDENT = "7f1c2d3e-0000-4000-8000-000000000042";
    static final String POSTMORTEM = "postmortem-" + INCIDENT;
    static final String ITEM = "ai-5b0e2c1a-0000-4000-8000-000000000001";
    static final Instant DRAFTED = Instant.parse("2026-11-22T04:00:00Z");
    static final Instant DUE = DRAFTED.plusSeconds(72 * 3600);

    private PostmortemEvents() {
    }

    static List<PostmortemIntegrationEvent> all() {
        return List.of(drafted(), published(), overdue(), escalated(), created(), started(), completed(), reopened(),
                rescheduled(), itemOverdue(), itemEscalated(), deprioritised());
    }

    static PostmortemDrafted drafted() {
        return new PostmortemDrafted(id(), DRAFTED, 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, "Checkout error budget burn", "U0CAROL", true, DUE, DRAFTED);
    }

    static PostmortemPublished published() {
        return new PostmortemPublished(id(), at(3600), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, "U0CAROL", true, DUE, "U0CAROL", at(3600), true, "quoting the alert's text",
                List.of(new PostmortemPublished.OverriddenFlag("contributingFactors[0]", "human error",
                        "name the missing guardrail")));
    }

    static PostmortemOverdue overdue() {
        return new PostmortemOverdue(id(), DUE, 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, "U0CAROL", DUE, DUE);
    }

    static PostmortemEscalated escalated() {
        return new PostmortemEscalated(id(), DUE.plusSeconds(3600), 1, POSTMORTEM, INCIDENT, "INC-42",
                "checkout-api", IncidentSeverity.SEV1, "U0CAROL", 1, "U0DIRECTOR", DUE, DUE.plusSeconds(3600));
    }

    static ActionItemCreated created() {
        return new ActionItemCreated(id(), at(60), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, "Page on p99 over 2 s", ActionItemKind.DETECT,
                "https://tracker.example/PAY-1", DUE, "U0CAROL", at(60));
    }

    static ActionItemStarted started() {
        return new ActionItemStarted(id(), at(120), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, "U0ALICE", at(120));
    }

    static ActionItemCompleted completed() {
        return new ActionItemCompleted(id(), at(600), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, "U0ALICE", "Rule merged", DUE, at(600), true);
    }

    static ActionItemReopened reopened() {
        return new ActionItemReopened(id(), at(700), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, "U0CAROL", "fires too late", DUE, at(700));
    }

    static ActionItemRescheduled rescheduled() {
        return new ActionItemRescheduled(id(), at(800), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, DUE, DUE.plusSeconds(3600), "U0ALICE", at(800));
    }

    static ActionItemOverdue itemOverdue() {
        return new ActionItemOverdue(id(), DUE, 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, DUE, DUE);
    }

    static ActionItemEscalated itemEscalated() {
        return new ActionItemEscalated(id(), DUE.plusSeconds(7200), 1, POSTMORTEM, INCIDENT, "INC-42",
                "checkout-api", IncidentSeverity.SEV1, ITEM, "Alert on checkout latency", "U0ALICE", "payments",
                ActionItemPriority.P1, 1, "U0CAROL", DUE, DUE.plusSeconds(7200));
    }

    static ActionItemDeprioritised deprioritised() {
        return new ActionItemDeprioritised(id(), at(900), 1, POSTMORTEM, INCIDENT, "INC-42", "checkout-api",
                null, ITEM, "Alert on checkout latency", "U0ALICE", null, ActionItemPriority.P3, true, DUE,
                null, "the rollback runbook covers it", "U0CAROL", "U0ALICE", at(900));
    }

    private static Instant at(long secondsAfterDrafted) {
        return DRAFTED.plusSeconds(secondsAfterDrafted);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
