package io.beacon.postmortem.actionitem;

import java.time.Instant;

/** The owner was reminded that the item is due at {@code dueAt}. */
public record ActionItemReminded(String actionItemId, String owner, Instant dueAt, Instant remindedAt) {
}
