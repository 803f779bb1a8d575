package io.beacon.postmortem.actionitem;

import java.time.Instant;

/**
 * The overdue item was escalated to {@code escalatedTo}, {@code level} managers above the owner (1: the owner's
 * manager, 2: theirs, …).
 */
public record ActionItemEscalated(String actionItemId, String owner, int level, String escalatedTo, Instant dueAt,
                                  Instant escalatedAt) {
}
