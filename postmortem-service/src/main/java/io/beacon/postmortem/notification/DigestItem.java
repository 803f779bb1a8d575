package io.beacon.postmortem.notification;

import io.beacon.postmortem.actionitem.query.ActionItemViewRow;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;

/**
 * What the weekly digest needs of one action item, copied from its read-model row so the digest stays pure and its
 * tests need no JPA entity.
 *
 * @param active           open or in progress
 * @param reference        the incident's reference (INC-n), or null when unknown
 * @param escalationLevel  how far up its current ladder went: 0 none, 1 the owner's manager, 2 the next one up…
 * @param deprioritisedAt  when a risk was accepted for it, or null
 * @param dueAt            null only for a won't-do item
 */
record DigestItem(String actionItemId, String title, Priority priority, String reference, String postmortemId,
                  String service, String owner, boolean active, Instant dueAt, int escalationLevel, boolean wontDo,
                  String riskAcceptance, String approvedBy, Instant deprioritisedAt) {

    static DigestItem of(ActionItemViewRow row) {
        return new DigestItem(row.getActionItemId(), row.getTitle(), row.getPriority(), row.getReference(),
                row.getPostmortemId(), row.getService(), row.getOwner(), row.active(), row.getDueAt(),
                row.getEscalationLevel(), row.isWontDo(), row.getRiskAcceptance(), row.getApprovedBy(),
                row.getDeprioritisedAt());
    }

    /** The same rule as {@link ActionItemViewRow#overdueAt(Instant)}: still to be done and past its due date. */
    boolean overdueAt(Instant now) {
        return active && dueAt != null && dueAt.isBefore(now);
    }

    /** A risk was accepted for it at or after {@code since}. */
    boolean riskAcceptedSince(Instant since) {
        return approvedBy != null && deprioritisedAt != null && !deprioritisedAt.isBefore(since);
    }
}
