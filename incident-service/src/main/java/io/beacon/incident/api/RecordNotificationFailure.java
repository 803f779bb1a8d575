package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a permanent Slack failure on the timeline; the same purpose and address twice is ignored. */
public record RecordNotificationFailure(@TargetAggregateIdentifier String incidentId, String purpose,
                                        String address, String error, String deliveredTo) {
}
