package io.beacon.postmortem.followup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.beacon.postmortem.followup.FollowUpStep.Kind.DUE;
import static io.beacon.postmortem.followup.FollowUpStep.Kind.ESCALATION;
import static io.beacon.postmortem.followup.FollowUpStep.Kind.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpLadderTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aSecondsLongSetupClimbsTheWholeChainInSeconds() {
        OrgChart chart = OrgFiles.chart("fast.yml");

        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0ALICE", CREATED, CREATED.plusSeconds(20), chart);

        assertThat(ladder.steps()).containsExactly(
                new FollowUpStep(REMINDER, 0, "U0ALICE", CREATED.plusSeconds(15)),
                new FollowUpStep(DUE, 0, "U0ALICE", CREATED.plusSeconds(20)),
                new FollowUpStep(ESCALATION, 1, "U0CAROL", CREATED.plusSeconds(25)),
                new FollowUpStep(ESCALATION, 2, "U0DIRECTOR", CREATED.plusSeconds(30)));
    }

    @Test
    void aRealisticSetupRemindsADayAheadAndEscalatesEveryTwoDays() {
        OrgChart chart = OrgFiles.chart("valid.yml");
        Instant due = CREATED.plus(Duration.ofDays(7));

        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0ERIN", CREATED, due, chart);

        assertThat(ladder.steps()).containsExactly(
                new FollowUpStep(REMINDER, 0, "U0ERIN", Instant.parse("2026-11-08T09:00:00Z")),
                new FollowUpStep(DUE, 0, "U0ERIN", Instant.parse("2026-11-09T09:00:00Z")),
                new FollowUpStep(ESCALATION, 1, "U0DAVE", Instant.parse("2026-11-11T09:00:00Z")),
                new FollowUpStep(ESCALATION, 2, "U0DIRECTOR", Instant.parse("2026-11-13T09:00:00Z")));
    }

    @Test
    void anOwnerAtTheTopGetsNoManagerEscalation() {
        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0DIRECTOR", CREATED, CREATED.plus(Duration.ofDays(7)),
                OrgFiles.chart("valid.yml"));

        assertThat(ladder.steps()).extracting(FollowUpStep::kind).containsExactly(REMINDER, DUE);
    }

    @Test
    void anOwnerMissingFromTheOrgFileIsRemindedButNobodyIsEscalatedTo() {
        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0STRANGER", CREATED, CREATED.plus(Duration.ofDays(7)),
                OrgFiles.chart("valid.yml"));

        assertThat(ladder.steps()).extracting(FollowUpStep::recipient).containsExactly("U0STRANGER", "U0STRANGER");
    }

    @Test
    void aNearDueDateIsRemindedAtCreation() {
        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0ALICE", CREATED, CREATED.plus(Duration.ofHours(6)),
                OrgFiles.chart("valid.yml"));

        assertThat(ladder.steps().getFirst()).isEqualTo(new FollowUpStep(REMINDER, 0, "U0ALICE", CREATED));
        assertThat(ladder.steps().get(1).at()).isEqualTo(CREATED.plus(Duration.ofHours(6)));
    }

    @Test
    void aPostmortemIsDueWithinThePublishDeadlineOfBeingDrafted() {
        FollowUpLadder ladder = FollowUpLadder.forPostmortem("U0ALICE", CREATED, OrgFiles.chart("valid.yml"));

        assertThat(ladder.steps()).containsExactly(
                new FollowUpStep(REMINDER, 0, "U0ALICE", CREATED.plus(Duration.ofHours(48))),
                new FollowUpStep(DUE, 0, "U0ALICE", CREATED.plus(Duration.ofHours(72))),
                new FollowUpStep(ESCALATION, 1, "U0CAROL", CREATED.plus(Duration.ofHours(120))),
                new FollowUpStep(ESCALATION, 2, "U0DIRECTOR", CREATED.plus(Duration.ofHours(168))));
    }

    @Test
    void theNextStepIsTheOneAfterThoseDoneAndNeverInThePast() {
        FollowUpLadder ladder = FollowUpLadder.forActionItem("U0ALICE", CREATED, CREATED.plusSeconds(20),
                OrgFiles.chart("fast.yml"));

        assertThat(ladder.nextStepAfter(CREATED, 0)).contains(ladder.steps().get(0));
        assertThat(ladder.nextStepAfter(CREATED.plusSeconds(15), 1)).contains(ladder.steps().get(1));
        assertThat(ladder.nextStepAfter(CREATED.plusSeconds(60), 2))
                .contains(new FollowUpStep(ESCALATION, 1, "U0CAROL", CREATED.plusSeconds(60)));
        assertThat(ladder.nextStepAfter(CREATED.plusSeconds(60), 4)).isEmpty();
    }

    @Test
    void aLadderRebuiltFromKeptStepsIgnoresALaterOrgFile() {
        FollowUpLadder kept = FollowUpLadder.forActionItem("U0ALICE", CREATED, CREATED.plusSeconds(20),
                OrgFiles.chart("fast.yml"));

        FollowUpLadder rebuilt = FollowUpLadder.fromSteps(kept.steps());

        assertThat(rebuilt.nextStepAfter(CREATED, 3)).contains(kept.steps().get(3));
    }

    @Test
    void aDueDateBeforeCreationIsRefused() {
        assertThatThrownBy(() -> FollowUpLadder.forActionItem("U0ALICE", CREATED, CREATED.minusSeconds(1),
                OrgFiles.chart("valid.yml"))).isInstanceOf(IllegalArgumentException.class);
    }
}
