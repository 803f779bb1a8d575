package io.beacon.postmortem.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The escalation steps for something with one owner and a deadline: an action item's due date, or a postmortem's
 * publish deadline (drafted + {@code publish-within}), both starting with the owner. A reminder to the owner
 * {@code remind-before-due} ahead (at creation when that is already past), a notice at the deadline, then after
 * {@code grace-after-due} the owner's manager, then every {@code escalate-every} the next manager up, to the top of the
 * chain. The chain is read once, when the ladder is built: keep {@link #steps()} with the item so that an org file
 * edited later can't change an escalation under way.
 */
public final class FollowUpLadder {

    private final List<FollowUpStep> steps;

    private FollowUpLadder(List<FollowUpStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The ladder for an action item owned by {@code owner}, created at {@code createdAt} and due at {@code due}. */
    public static FollowUpLadder of(String owner, Instant createdAt, Instant due, FollowUpSettings settings,
                                    OrgChart chart) {
        if (due.isBefore(createdAt)) {
            throw new IllegalArgumentException("due " + due + " is before creation " + createdAt);
        }
        List<FollowUpStep> steps = new ArrayList<>();
        Instant reminder = due.minus(settings.remindBeforeDue());
        steps.add(new FollowUpStep(FollowUpStep.Kind.REMINDER, 0, owner,
                reminder.isBefore(createdAt) ? createdAt : reminder));
        steps.add(new FollowUpStep(FollowUpStep.Kind.DUE, 0, owner, due));
        Instant next = due.plus(settings.graceAfterDue());
        int level = 1;
        for (String manager : chart.chainAbove(owner)) {
            steps.add(new FollowUpStep(FollowUpStep.Kind.ESCALATION, level++, manager, next));
            next = next.plus(settings.escalateEvery());
        }
        return new FollowUpLadder(steps);
    }

    /** An action item's ladder with the org file's own settings. */
    public static FollowUpLadder forActionItem(String owner, Instant createdAt, Instant due, OrgChart chart) {
        return of(owner, createdAt, due, chart.settings(), chart);
    }

    /** A postmortem's ladder: due {@code publish-within} after it was drafted, starting with its owner. */
    public static FollowUpLadder forPostmortem(String owner, Instant draftedAt, OrgChart chart) {
        return of(owner, draftedAt, draftedAt.plus(chart.settings().publishWithin()), chart.settings(), chart);
    }

    /** Rebuilds a ladder from steps kept earlier (see the class comment). */
    public static FollowUpLadder fromSteps(List<FollowUpStep> steps) {
        return new FollowUpLadder(steps);
    }

    public List<FollowUpStep> steps() {
        return steps;
    }

    /**
     * The step to schedule once {@code stepsDone} steps have run, or empty when the ladder is finished. A step whose
     * time has passed (the service was down, the due date moved earlier) comes back due at {@code now}: missed steps
     * run late and in order, never skipped, because each one tells a different person.
     */
    public Optional<FollowUpStep> nextStepAfter(Instant now, int stepsDone) {
        if (stepsDone < 0) {
            throw new IllegalArgumentException("stepsDone must not be negative: " + stepsDone);
        }
        if (stepsDone >= steps.size()) {
            return Optional.empty();
        }
        FollowUpStep next = steps.get(stepsDone);
        return Optional.of(next.at().isBefore(now) ? next.at(now) : next);
    }
}
