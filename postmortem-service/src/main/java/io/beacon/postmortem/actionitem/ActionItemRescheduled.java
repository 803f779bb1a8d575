package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.followup.FollowUpStep;

import java.time.Instant;
import java.util.List;

/** The due date moved within the priority's limit; the follow-up {@code ladder} was rebuilt against it. */
public record ActionItemRescheduled(String actionItemId, Instant previousDueAt, Instant dueAt, String rescheduledBy,
                                    Instant rescheduledAt, List<FollowUpStep> ladder) {
}
