package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The item is done; its follow-up ladder stops at once. {@code note} (optional) says what was done. */
public record CompleteActionItem(@TargetAggregateIdentifier String actionItemId, String completedBy, String note) {
}
