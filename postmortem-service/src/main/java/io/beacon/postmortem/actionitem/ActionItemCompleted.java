package io.beacon.postmortem.actionitem;

import java.time.Instant;

/** Done at {@code completedAt}; {@code onTime} when that was no later than {@code dueAt}. */
public record ActionItemCompleted(String actionItemId, String owner, String completedBy, String note, Instant dueAt,
                                  Instant completedAt, boolean onTime) {
}
