package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A done (or won't-do) item turns out not to be: open again, its ladder restarted against its due date. */
public record ReopenActionItem(@TargetAggregateIdentifier String actionItemId, String reopenedBy, String reason) {
}
