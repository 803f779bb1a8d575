package io.beacon.postmortem.followup;

/** What {@link DeprioritisationPolicy} says about a change to an action item. */
public sealed interface DeprioritisationDecision {

    /** The change keeps the item within its priority's limit: no risk acceptance is needed. */
    record NotADeprioritisation() implements DeprioritisationDecision {
    }

    /** Deprioritised with {@code riskAcceptance} accepted by {@code approvedBy}: record both with the change. */
    record Allowed(String approvedBy, String riskAcceptance) implements DeprioritisationDecision {
    }

    /** Not allowed; {@code reason} says why in words fit to show the person asking. */
    record Refused(String reason) implements DeprioritisationDecision {
    }

    default boolean permitted() {
        return !(this instanceof Refused);
    }
}
