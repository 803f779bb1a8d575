package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a page went out for an escalation step; recording the same step twice is ignored. */
public record RecordPage(
        @TargetAggregateIdentifier String incidentId,
        int step,
        String responder,
        String channel,
        String messageTs) {
}
