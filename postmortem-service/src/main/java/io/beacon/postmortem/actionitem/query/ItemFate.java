package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.followup.Priority;

import java.time.Instant;

/**
 * What became of an earlier postmortem's action item, for a repeat incident's review: done (when), deprioritised
 * (won't do, or moved past its priority's limit: who approved and the risk they accepted), still open, or overdue
 * (by how many whole days). Overdue wins over deprioritised when even the later date has passed.
 */
public record ItemFate(String id, String title, String owner, Priority priority, Fate fate, Instant dueAt,
                       Instant completedAt, Long daysOverdue, Boolean wontDo, String approvedBy,
                       String riskAcceptance) {

    public enum Fate {
        DONE,
        DEPRIORITISED,
        OPEN,
        OVERDUE
    }

    public static ItemFate of(ActionItemViewRow row, Instant now) {
        Fate fate;
        if (row.getStatus() == io.beacon.postmortem.actionitem.ActionItemStatus.DONE) {
            fate = Fate.DONE;
        } else if (row.overdueAt(now)) {
            fate = Fate.OVERDUE;
        } else if (row.deprioritised()) {
            fate = Fate.DEPRIORITISED;
        } else {
            fate = Fate.OPEN;
        }
        boolean risk = row.deprioritised();
        return new ItemFate(row.getActionItemId(), row.getTitle(), row.getOwner(), row.getPriority(), fate,
                row.getDueAt(), row.getCompletedAt(), fate == Fate.OVERDUE ? row.daysLate(now) : null,
                risk ? row.isWontDo() : null, risk ? row.getApprovedBy() : null,
                risk ? row.getRiskAcceptance() : null);
    }
}
