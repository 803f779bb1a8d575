package io.beacon.postmortem.postmortem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the postmortem for the context an action item added to it copies (answers an
 * {@link io.beacon.postmortem.actionitem.IncidentContext}; records nothing). Through the aggregate rather than the
 * read model, so an item can be added the moment the postmortem is drafted.
 */
public record DescribeForActionItem(@TargetAggregateIdentifier String postmortemId) {
}
