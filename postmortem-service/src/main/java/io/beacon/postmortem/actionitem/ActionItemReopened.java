package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.followup.FollowUpStep;

import java.time.Instant;
import java.util.List;

/** Open again, with a new follow-up {@code ladder} against {@code dueAt}. */
public record ActionItemReopened(String actionItemId, String reopenedBy, String reason, Instant dueAt,
                                 Instant reopenedAt, List<FollowUpStep> ladder) {
}
