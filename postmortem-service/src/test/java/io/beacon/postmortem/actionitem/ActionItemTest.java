package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.escalation.DeadlineClock;
import io.beacon.postmortem.followup.FollowUpLadder;
import io.beacon.postmortem.followup.FollowUpStep;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OrgFileReader;
import io.beacon.postmortem.followup.Priority;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * An action item's life with a moving clock: creation, the follow-up ladder rung by rung up the org chart,
 * completion and deprioritisation stopping it, rescheduling and reopening rebuilding it.
 */
class ActionItemTest {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final String ID = "ai-1";
    static final OrgChart CHART = new OrgFileReader().read("test", """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0DIRECTOR: { team: engineering }
            follow-up: { remind-before-due: P1D, grace-after-due: P2D, escalate-every: P2D, publish-within: PT72H }
            """);
    static final IncidentContext CONTEXT = new IncidentContext("postmortem-i1", "i1", "INC-1", "checkout-api",
            "SEV1");
    static final Instant DUE = T0.plus(Duration.ofDays(7));

    /** A fresh fixture per scenario: a fixture's deadline clock can't be set again once deadlines are scheduled. */
    private static AggregateTestFixture<ActionItem> fixture() {
        AggregateTestFixture<ActionItem> fixture = new AggregateTestFixture<>(ActionItem.class);
        fixture.registerInjectableResource(CHART);
        return DeadlineClock.simulated(fixture);
    }

    static CreateActionItem create(Priority priority, Instant dueAt) {
        return new CreateActionItem(ID, CONTEXT, new ActionItemDetails("Add a lock timeout to migrations",
                "so a migration can't hold the carts table", "U0ALICE", priority, dueAt, ActionItemKind.PREVENT,
                "https://tracker.example/PAY-1"), "alice");
    }

    static ActionItemCreated created() {
        return new ActionItemCreated(ID, CONTEXT, "Add a lock timeout to migrations",
                "so a migration can't hold the carts table", "U0ALICE", "payments", Priority.P1,
                ActionItemKind.PREVENT, "https://tracker.example/PAY-1", DUE, "alice", T0,
                FollowUpLadder.forActionItem("U0ALICE", T0, DUE, CHART).steps());
    }

    @Test
    void aP1ItemIsDueInSevenDaysWithItsOwnersTeamAndTheReminderScheduled() {
        fixture().givenCurrentTime(T0)
                .when(create(Priority.P1, null))
                .expectEvents(created())
                .expectScheduledDeadlineWithName(Duration.ofDays(6), "follow-up");
        assertThat(created().ladder()).extracting(FollowUpStep::kind, FollowUpStep::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpStep.Kind.REMINDER, "U0ALICE"),
                org.assertj.core.groups.Tuple.tuple(FollowUpStep.Kind.DUE, "U0ALICE"),
                org.assertj.core.groups.Tuple.tuple(FollowUpStep.Kind.ESCALATION, "U0CAROL"),
                org.assertj.core.groups.Tuple.tuple(FollowUpStep.Kind.ESCALATION, "U0DIRECTOR"));
    }

    @Test
    void badDetailsAreRefusedAllAtOnce() {
        fixture().givenCurrentTime(T0)
                .when(new CreateActionItem(ID, CONTEXT, new ActionItemDetails(" ", null, "U0ALICE, U0BOB", null,
                        T0.minusSeconds(1), null, "ftp://x"), "alice"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("title is required"))
                .expectExceptionMessage(containsString("exactly one person"))
                .expectExceptionMessage(containsString("priority is required"))
                .expectExceptionMessage(containsString("not in the future"))
                .expectExceptionMessage(containsString("trackerLink"));
    }

    @Test
    void aDueDatePastThePrioritysLimitIsRefusedAtCreation() {
        fixture().givenCurrentTime(T0)
                .when(create(Priority.P1, T0.plus(Duration.ofDays(8))))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("later than a P1 item allows"));
    }

    @Test
    void theOwnerIsRemindedTheDayBefore() {
        fixture().givenCurrentTime(T0).andGivenCommands(create(Priority.P1, null))
                .whenTimeElapses(Duration.ofDays(6))
                .expectEvents(new ActionItemReminded(ID, "U0ALICE", DUE, T0.plus(Duration.ofDays(6))))
                .expectScheduledDeadlineWithName(Duration.ofDays(1), "follow-up");
    }

    @Test
    void theLadderClimbsFromTheOwnerToTheTopOfTheOrgChartAndStops() {
        fixture().givenCurrentTime(T0).andGivenCommands(create(Priority.P1, null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectEvents(
                        new ActionItemReminded(ID, "U0ALICE", DUE, DUE.minus(Duration.ofDays(1))),
                        new ActionItemOverdue(ID, "U0ALICE", DUE, DUE),
                        new ActionItemEscalated(ID, "U0ALICE", 1, "U0CAROL", DUE, DUE.plus(Duration.ofDays(2))),
                        new ActionItemEscalated(ID, "U0ALICE", 2, "U0DIRECTOR", DUE, DUE.plus(Duration.ofDays(4))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void completingStopsTheLadderAtOnce() {
        Instant at = T0;
        fixture().givenCurrentTime(T0).andGivenCommands(create(Priority.P1, null))
                .when(new CompleteActionItem(ID, "alice", "  shipped in v2.3 "))
                .expectEvents(new ActionItemCompleted(ID, "U0ALICE", "alice", "shipped in v2.3", DUE, at, true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void completingLateIsRecordedAsLate() {
        fixture().givenCurrentTime(T0).andGiven(created())
                .andGivenCurrentTime(T0.plus(Duration.ofDays(9)))
                .when(new CompleteActionItem(ID, "alice", null))
                .expectEvents(new ActionItemCompleted(ID, "U0ALICE", "alice", null, DUE,
                        T0.plus(Duration.ofDays(9)), false));
    }

    @Test
    void aDoneItemIsNotCompletedAgainButCanBeReopened() {
        ActionItemCompleted done = new ActionItemCompleted(ID, "U0ALICE", "alice", null, DUE, T0, true);
        fixture().givenCurrentTime(T0).andGiven(created(), done)
                .when(new CompleteActionItem(ID, "alice", null))
                .expectException(IllegalStateException.class)
                .expectExceptionMessage(containsString("reopen it first"));
        fixture().givenCurrentTime(T0).andGiven(created(), done)
                .when(new ReopenActionItem(ID, "carol", "the timeout was never deployed"))
                .expectEvents(new ActionItemReopened(ID, "carol", "the timeout was never deployed", DUE, T0,
                        FollowUpLadder.forActionItem("U0ALICE", T0, DUE, CHART).steps()))
                .expectScheduledDeadlineWithName(Duration.ofDays(6), "follow-up");
    }

    @Test
    void reopeningAnOverdueItemTellsTheOwnerNowAndItsManagerAfterTheGrace() {
        ActionItemCompleted done = new ActionItemCompleted(ID, "U0ALICE", "alice", null, DUE, T0, true);
        Instant reopened = DUE.plus(Duration.ofDays(10));
        fixture().givenCurrentTime(T0).andGiven(created(), done)
                .andGivenCurrentTime(reopened)
                .andGivenCommands(new ReopenActionItem(ID, "carol", null))
                .whenTimeElapses(Duration.ofDays(2))
                .expectEvents(new ActionItemOverdue(ID, "U0ALICE", DUE, reopened),
                        new ActionItemEscalated(ID, "U0ALICE", 1, "U0CAROL", DUE, reopened.plus(Duration.ofDays(2))));
    }

    @Test
    void wontDoNeedsARiskAcceptanceFromAManagerOfTheOwner() {
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new DeprioritiseActionItem(ID, null, " ", "U0CAROL", "carol"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("risk-acceptance statement is required"));
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new DeprioritiseActionItem(ID, null, "We accept it", "U0ALICE", "alice"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("can't accept its risk"));
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new DeprioritiseActionItem(ID, null, "We accept it", "U0BOB", "bob"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("not a manager of U0ALICE"));
    }

    @Test
    void wontDoApprovedByAManagerAnywhereAboveIsRecordedAndStopsTheLadder() {
        fixture().givenCurrentTime(T0).andGivenCommands(create(Priority.P1, null))
                .when(new DeprioritiseActionItem(ID, null, " Lock timeouts are covered by the new proxy ",
                        "U0DIRECTOR", "carol"))
                .expectEvents(new ActionItemDeprioritised(ID, "U0ALICE", true, DUE, DUE,
                        "Lock timeouts are covered by the new proxy", "U0DIRECTOR", "carol", T0, List.of()))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aLaterDueDatePastTheLimitIsADeprioritisationAndRebuildsTheLadder() {
        Instant later = T0.plus(Duration.ofDays(20));
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new DeprioritiseActionItem(ID, later, "Not before the Q1 freeze ends", "U0CAROL", "carol"))
                .expectEvents(new ActionItemDeprioritised(ID, "U0ALICE", false, DUE, later,
                        "Not before the Q1 freeze ends", "U0CAROL", "carol", T0,
                        FollowUpLadder.forActionItem("U0ALICE", T0, later, CHART).steps()))
                .expectScheduledDeadlineWithName(Duration.ofDays(19), "follow-up");
    }

    @Test
    void aDueDateWithinTheLimitIsARescheduleNotADeprioritisation() {
        Instant sooner = T0.plus(Duration.ofDays(5));
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new DeprioritiseActionItem(ID, sooner, "no need", "U0CAROL", "carol"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("change dueAt instead"));
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new RescheduleActionItem(ID, sooner, "alice"))
                .expectEvents(new ActionItemRescheduled(ID, DUE, sooner, "alice", T0,
                        FollowUpLadder.forActionItem("U0ALICE", T0, sooner, CHART).steps()))
                .expectScheduledDeadlineWithName(Duration.ofDays(4), "follow-up");
        fixture().givenCurrentTime(T0).andGiven(created())
                .when(new RescheduleActionItem(ID, T0.plus(Duration.ofDays(9)), "alice"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(containsString("risk acceptance"));
    }

    @Test
    void startingMovesItInProgressAndTheLadderKeepsRunning() {
        fixture().givenCurrentTime(T0).andGivenCommands(create(Priority.P1, null))
                .andGivenCommands(new StartActionItem(ID, "alice"))
                .whenTimeElapses(Duration.ofDays(7))
                .expectEvents(new ActionItemReminded(ID, "U0ALICE", DUE, DUE.minus(Duration.ofDays(1))),
                        new ActionItemOverdue(ID, "U0ALICE", DUE, DUE));
    }

    @Test
    void anOwnerMissingFromTheOrgFileIsRemindedButNobodyIsEscalatedTo() {
        CreateActionItem forBob = new CreateActionItem(ID, CONTEXT, new ActionItemDetails("Runbook for cache",
                null, "U0BOB", Priority.P1, null, ActionItemKind.PROCESS, null), "bob");
        fixture().givenCurrentTime(T0).andGivenCommands(forBob)
                .whenTimeElapses(Duration.ofDays(60))
                .expectEvents(new ActionItemReminded(ID, "U0BOB", DUE, DUE.minus(Duration.ofDays(1))),
                        new ActionItemOverdue(ID, "U0BOB", DUE, DUE))
                .expectNoScheduledDeadlines();
    }
}
