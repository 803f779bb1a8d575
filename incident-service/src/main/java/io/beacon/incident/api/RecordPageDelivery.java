package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Slack accepted a page; recording the same step twice is ignored. */
public record RecordPageDelivery(@TargetAggregateIdentifier String incidentId, int step, String channel,
                                 String messageTs) {
}
