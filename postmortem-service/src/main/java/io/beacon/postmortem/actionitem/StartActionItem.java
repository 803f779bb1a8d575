package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Work on the item has begun: open → in progress. Its ladder keeps running until it is done. */
public record StartActionItem(@TargetAggregateIdentifier String actionItemId, String startedBy) {
}
