package io.beacon.postmortem.actionitem;

import java.time.Instant;

/** The due date came with the item still open: the owner is told, and its managers follow after the grace period. */
public record ActionItemOverdue(String actionItemId, String owner, Instant dueAt, Instant overdueAt) {
}
