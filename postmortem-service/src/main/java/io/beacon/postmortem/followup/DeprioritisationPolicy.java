package io.beacon.postmortem.followup;

import java.time.Instant;

/**
 * Deprioritising an action item (won't do, or a due date later than its priority's default offset counted from the
 * item's creation) needs a non-blank risk-acceptance statement and an approver who manages the owner, directly or
 * further up the org chart. The owner can't accept their own risk, and nobody can for an owner missing from the org
 * file.
 */
public final class DeprioritisationPolicy {

    private final OrgChart chart;

    public DeprioritisationPolicy(OrgChart chart) {
        this.chart = chart;
    }

    /** Whether moving the due date to {@code newDue} is a deprioritisation at all. */
    public boolean isDeprioritisation(Priority priority, Instant createdAt, Instant newDue) {
        return newDue.isAfter(chart.dueOffsets().dueFrom(priority, createdAt));
    }

    /** Marking an item as won't do. */
    public DeprioritisationDecision wontDo(String owner, String riskAcceptance, String approver) {
        return accept(owner, riskAcceptance, approver);
    }

    /** Moving an item's due date to {@code newDue}. */
    public DeprioritisationDecision newDueDate(String owner, Priority priority, Instant createdAt, Instant newDue,
                                              String riskAcceptance, String approver) {
        if (!isDeprioritisation(priority, createdAt, newDue)) {
            return new DeprioritisationDecision.NotADeprioritisation();
        }
        return accept(owner, riskAcceptance, approver);
    }

    private DeprioritisationDecision accept(String owner, String riskAcceptance, String approver) {
        if (riskAcceptance == null || riskAcceptance.isBlank()) {
            return new DeprioritisationDecision.Refused("a risk-acceptance statement is required: say which risk"
                    + " is accepted and why");
        }
        if (approver == null || approver.isBlank()) {
            return new DeprioritisationDecision.Refused("an approver is required: a manager of " + owner);
        }
        if (approver.equals(owner)) {
            return new DeprioritisationDecision.Refused(owner + " owns the item and can't accept its risk:"
                    + " a manager of theirs must");
        }
        if (!chart.contains(owner)) {
            return new DeprioritisationDecision.Refused(owner + " is not in the org file, so nobody is known to"
                    + " manage them: add them under people");
        }
        if (!chart.isManagerOf(approver, owner)) {
            return new DeprioritisationDecision.Refused(approver + " is not a manager of " + owner
                    + " in the org file");
        }
        return new DeprioritisationDecision.Allowed(approver, riskAcceptance.strip());
    }
}
