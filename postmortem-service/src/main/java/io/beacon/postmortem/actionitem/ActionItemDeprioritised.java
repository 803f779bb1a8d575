package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.followup.FollowUpStep;

import java.time.Instant;
import java.util.List;

/**
 * Deprioritised with a recorded risk acceptance: won't do ({@code wontDo}, ladder stopped, {@code ladder} empty), or
 * due later than the priority allows ({@code dueAt}, ladder rebuilt). {@code approvedBy} manages the owner per the
 * org file; {@code requestedBy} made the request.
 */
public record ActionItemDeprioritised(String actionItemId, String owner, boolean wontDo, Instant previousDueAt,
                                      Instant dueAt, String riskAcceptance, String approvedBy, String requestedBy,
                                      Instant deprioritisedAt, List<FollowUpStep> ladder) {
}
