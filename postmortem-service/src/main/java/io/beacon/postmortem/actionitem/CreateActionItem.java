package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add an action item to the postmortem {@code context} names; {@code createdBy} is the API caller's subject. */
public record CreateActionItem(@TargetAggregateIdentifier String actionItemId, IncidentContext context,
                               ActionItemDetails details, String createdBy) {
}
