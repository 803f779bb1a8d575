package io.beacon.postmortem.postmortem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Publish the postmortem if the blameless check finds nothing, or despite its flags when {@code override} gives the
 * reason (null or blank: no override).
 */
public record PublishPostmortem(@TargetAggregateIdentifier String postmortemId, String override, String author,
                                Instant publishedAt) {
}
