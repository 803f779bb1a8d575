package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Move the due date within the priority's limit (its default offset from creation); a later date is a
 * deprioritisation and needs {@link DeprioritiseActionItem}.
 */
public record RescheduleActionItem(@TargetAggregateIdentifier String actionItemId, Instant dueAt,
                                   String rescheduledBy) {
}
