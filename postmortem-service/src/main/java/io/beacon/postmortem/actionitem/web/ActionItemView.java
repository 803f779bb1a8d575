package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.actionitem.ActionItemKind;
import io.beacon.postmortem.actionitem.ActionItemStatus;
import io.beacon.postmortem.actionitem.query.ActionItemViewRow;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;

/**
 * An action item as the API shows it. {@code overdue} and {@code daysLate} are computed at the time of the request;
 * the deprioritisation fields are set only once a risk was accepted for it.
 */
record ActionItemView(String id, String postmortemId, String incidentId, String reference, String service,
                      String severity, String title, String description, String owner, String team,
                      Priority priority, ActionItemKind kind, String trackerLink, ActionItemStatus status,
                      Instant dueAt, boolean overdue, long daysLate, int escalationLevel, String escalatedTo,
                      Instant remindedAt, Instant overdueSince, Boolean wontDo, String riskAcceptance,
                      String approvedBy, String requestedBy, Instant deprioritisedAt, Instant createdAt,
                      String createdBy, Instant startedAt, Instant completedAt, String completedBy, Boolean onTime) {

    static ActionItemView of(ActionItemViewRow row, Instant now) {
        boolean risk = row.deprioritised();
        return new ActionItemView(row.getActionItemId(), row.getPostmortemId(), row.getIncidentId(),
                row.getReference(), row.getService(), row.getSeverity(), row.getTitle(), row.getDescription(),
                row.getOwner(), row.getTeam(), row.getPriority(), row.getKind(), row.getTrackerLink(),
                row.getStatus(), row.getDueAt(), row.overdueAt(now), row.daysLate(now), row.getEscalationLevel(),
                row.getEscalatedTo(), row.getRemindedAt(), row.getOverdueSince(), risk ? row.isWontDo() : null,
                row.getRiskAcceptance(), row.getApprovedBy(), row.getRequestedBy(), row.getDeprioritisedAt(),
                row.getCreatedAt(), row.getCreatedBy(), row.getStartedAt(), row.getCompletedAt(),
                row.getCompletedBy(), row.getOnTime());
    }

    /** The item as just recorded, before the read model has it. */
    static ActionItemView of(ActionItemCreated created) {
        var context = created.context();
        return new ActionItemView(created.actionItemId(), context.postmortemId(), context.incidentId(),
                context.reference(), context.service(), context.severity(), created.title(), created.description(),
                created.owner(), created.team(), created.priority(), created.kind(), created.trackerLink(),
                ActionItemStatus.OPEN, created.dueAt(), false, 0, 0, null, null, null, null, null, null, null, null,
                created.createdAt(), created.createdBy(), null, null, null, null);
    }
}
