package io.beacon.postmortem.escalation;

import io.beacon.postmortem.followup.FollowUpStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline names its ladder's generation and step, so one left from an older ladder, or run twice, does nothing. */
class FollowUpProgressTest {

    static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
    static final List<FollowUpStep> LADDER = List.of(
            new FollowUpStep(FollowUpStep.Kind.REMINDER, 0, "U0ALICE", T),
            new FollowUpStep(FollowUpStep.Kind.DUE, 0, "U0ALICE", T.plusSeconds(60)));

    @Test
    void theDueStepOfTheCurrentLadderIsRecognised() {
        FollowUpProgress progress = new FollowUpProgress("ActionItem", "ai-1");
        progress.restart(LADDER, 0);

        assertThat(progress.current(new FollowUpDue(1, 0, T))).contains(LADDER.get(0));
        progress.stepTaken();
        assertThat(progress.current(new FollowUpDue(1, 0, T))).as("the same step again").isEmpty();
        assertThat(progress.current(new FollowUpDue(1, 1, T))).contains(LADDER.get(1));
    }

    @Test
    void aDeadlineFromAnOlderLadderOrAfterTheLadderStoppedIsStale() {
        FollowUpProgress progress = new FollowUpProgress("ActionItem", "ai-1");
        progress.restart(LADDER, 0);
        progress.restart(LADDER, 0); // rescheduled: generation 2

        assertThat(progress.current(new FollowUpDue(1, 0, T))).isEmpty();
        assertThat(progress.current(new FollowUpDue(2, 0, T))).isPresent();
        progress.stop();
        assertThat(progress.current(new FollowUpDue(3, 0, T))).isEmpty();
        assertThat(progress.running()).isFalse();
    }
}
