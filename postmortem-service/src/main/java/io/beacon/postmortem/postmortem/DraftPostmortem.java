package io.beacon.postmortem.postmortem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Draft the postmortem of a resolved incident; does nothing when it was drafted before. */
public record DraftPostmortem(@TargetAggregateIdentifier String postmortemId, IncidentFacts incident,
                              boolean mandatory, Instant publishDueAt, Instant draftedAt) {
}
