package io.beacon.postmortem.postmortem;

import io.beacon.contracts.IncidentSeverity;
import io.beacon.postmortem.escalation.DeadlineClock;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OrgFileReader;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.beacon.postmortem.postmortem.PostmortemTest.NOW;
import static io.beacon.postmortem.postmortem.PostmortemTest.RESOLVED;
import static io.beacon.postmortem.postmortem.PostmortemTest.resolved;

/**
 * A mandatory postmortem's publish deadline, with a moving clock: its owner (the commander) is reminded, told when
 * it is late, then the owner's managers up the org chart; publishing stops it; an optional one has no ladder.
 */
class PublishDeadlineTest {

    static final String ID = PostmortemTest.ID;
    static final OrgChart CHART = new OrgFileReader().read("test", """
            people:
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0DIRECTOR: { manager: U0CTO, team: engineering }
              U0CTO: { team: engineering }
            follow-up: { remind-before-due: PT12H, grace-after-due: P1D, escalate-every: P1D, publish-within: PT72H }
            """);
    static final Instant DUE = RESOLVED.plus(Duration.ofHours(72));

    private final PostmortemDrafting drafting = new PostmortemDrafting(CHART.settings().publishWithin(),
            IncidentSeverity.SEV2);

    private static AggregateTestFixture<Postmortem> fixture() {
        AggregateTestFixture<Postmortem> fixture = new AggregateTestFixture<>(Postmortem.class);
        fixture.registerInjectableResource(BlamelessLanguagePolicy.defaults());
        fixture.registerInjectableResource(CHART);
        return DeadlineClock.simulated(fixture);
    }

    @Test
    void theOwnerIsRemindedThenToldItIsLateThenTheManagersInTurn() {
        fixture().givenCurrentTime(NOW)
                .andGivenCommands(drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW))
                .whenTimeElapses(Duration.ofDays(10))
                .expectEvents(
                        new PostmortemReminded(ID, "U0CAROL", DUE, DUE.minus(Duration.ofHours(12))),
                        new PostmortemOverdue(ID, "U0CAROL", DUE, DUE),
                        new PostmortemEscalated(ID, "U0CAROL", 1, "U0DIRECTOR", DUE, DUE.plus(Duration.ofDays(1))),
                        new PostmortemEscalated(ID, "U0CAROL", 2, "U0CTO", DUE, DUE.plus(Duration.ofDays(2))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void publishingStopsTheLadder() {
        fixture().givenCurrentTime(NOW)
                .andGivenCommands(drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW),
                        new PublishPostmortem(ID, null, "U0CAROL", NOW))
                .whenTimeElapses(Duration.ofDays(10))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void anOptionalPostmortemHasNoLadder() {
        fixture().givenCurrentTime(NOW)
                .when(drafting.draftFor(resolved(IncidentSeverity.SEV3), NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aResolutionDrainedAfterItsDeadlineStartsTheLadderAtOnce() {
        Instant late = DUE.plus(Duration.ofHours(1));
        fixture().givenCurrentTime(late)
                .andGivenCommands(drafting.draftFor(resolved(IncidentSeverity.SEV1), late))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectEvents(new PostmortemReminded(ID, "U0CAROL", DUE, late),
                        new PostmortemOverdue(ID, "U0CAROL", DUE, late));
    }

    @Test
    void itsContextIsWhatAnActionItemCopies() {
        fixture().givenCurrentTime(NOW)
                .andGivenCommands(drafting.draftFor(resolved(IncidentSeverity.SEV1), NOW))
                .when(new DescribeForActionItem(ID))
                .expectResultMessagePayload(new io.beacon.postmortem.actionitem.IncidentContext(ID, "incident-1",
                        "INC-9", "cart-api", "SEV1"))
                .expectEvents(List.of().toArray());
    }
}
