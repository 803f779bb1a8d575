package io.beacon.postmortem.actionitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Won't do ({@code newDueAt} null), or a due date past the priority's limit. Needs {@code riskAcceptance} (which risk
 * is accepted, and why) and {@code approvedBy}, a manager of the owner per the org file; {@code requestedBy} is the
 * API caller's subject. All three are recorded.
 */
public record DeprioritiseActionItem(@TargetAggregateIdentifier String actionItemId, Instant newDueAt,
                                     String riskAcceptance, String approvedBy, String requestedBy) {
}
