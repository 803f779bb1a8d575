package io.beacon.postmortem.escalation;

import io.beacon.postmortem.followup.FollowUpLadder;
import io.beacon.postmortem.followup.FollowUpStep;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an aggregate is on its follow-up ladder: the ladder's steps (as recorded in its events), its generation and
 * how many steps have run. Rebuilt from events, so a restart resumes where the last recorded step left off; the next
 * step is always a persistent deadline in the aggregate's own scope.
 */
public final class FollowUpProgress {

    private final String aggregateType;
    private final String aggregateId;
    private List<FollowUpStep> ladder = List.of();
    private int generation;
    private int stepsDone;

    public FollowUpProgress(String aggregateType, String aggregateId) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    /** Event sourcing: a new ladder (created, rescheduled, reopened) starts a new generation at step {@code from}. */
    public void restart(List<FollowUpStep> steps, int from) {
        ladder = steps == null ? List.of() : List.copyOf(steps);
        generation++;
        stepsDone = from;
    }

    /** Event sourcing: the ladder was stopped (done, won't do, published). */
    public void stop() {
        ladder = List.of();
        generation++;
        stepsDone = 0;
    }

    /** Event sourcing: the step that was due has run. */
    public void stepTaken() {
        stepsDone++;
    }

    /** The step {@code due} names, or empty when it belongs to an older ladder or has run already (stale). */
    public Optional<FollowUpStep> current(FollowUpDue due) {
        if (due.generation() != generation || due.step() != stepsDone || stepsDone >= ladder.size()) {
            return Optional.empty();
        }
        return Optional.of(ladder.get(stepsDone));
    }

    /** Schedules the next step of the current ladder, if any; a step whose time has passed is due now. */
    public void scheduleNext(DeadlineManager deadlines, Instant now) {
        FollowUpLadder.fromSteps(ladder).nextStepAfter(now, stepsDone).ifPresent(step -> deadlines.schedule(step.at(),
                FollowUpDue.DEADLINE, new FollowUpDue(generation, stepsDone, step.at()), scope()));
    }

    /** Cancels whatever step is pending (the aggregate must still call {@link #stop()} or {@link #restart}). */
    public void cancel(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(FollowUpDue.DEADLINE, scope());
    }

    public int stepsDone() {
        return stepsDone;
    }

    public boolean running() {
        return stepsDone < ladder.size();
    }

    private AggregateScopeDescriptor scope() {
        return new AggregateScopeDescriptor(aggregateType, aggregateId);
    }
}
