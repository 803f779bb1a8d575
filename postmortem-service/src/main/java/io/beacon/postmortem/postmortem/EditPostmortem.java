package io.beacon.postmortem.postmortem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Change the sections {@code changes} gives; {@code author} is the API caller's subject. */
public record EditPostmortem(@TargetAggregateIdentifier String postmortemId, PostmortemSections changes,
                             String author, Instant editedAt) {
}
