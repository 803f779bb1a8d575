package io.beacon.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

/**
 * The commander's status update. {@code nextUpdateIn} null means the default cadence. A Resolved update resolves
 * the incident.
 */
public record PostStatusUpdate(
        @TargetAggregateIdentifier String incidentId,
        StatusLabel label,
        String summary,
        String impact,
        String nextStep,
        Duration nextUpdateIn,
        String postedBy) {
}
