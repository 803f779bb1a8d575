package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.actionitem.ActionItemKind;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;

/** Object mother for read-model rows, built through the same methods the projection calls. */
final class Rows {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private Rows() {
    }

    static ActionItemViewRow item(String id, String owner, String team, String service, String severity,
                                  Instant due) {
        ActionItemViewRow row = new ActionItemViewRow(id);
        row.created("postmortem-" + service, "incident-" + service, "INC-1", service, severity, "Fix " + id, null,
                owner, team, Priority.P2, ActionItemKind.PREVENT, null, due, "U0ALICE", NOW.minusSeconds(86_400 * 10));
        row.applied(0, "ActionItemCreated");
        return row;
    }

    static ActionItemViewRow due(String id, long daysFromNow) {
        return item(id, "U0ALICE", "payments", "checkout-api", "SEV2", NOW.plusSeconds(86_400 * daysFromNow));
    }
}
