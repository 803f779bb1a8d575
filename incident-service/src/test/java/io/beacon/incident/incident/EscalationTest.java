package io.beacon.incident.incident;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.OpenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.testdata.Policies;
import io.beacon.incident.testdata.Signals;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/**
 * The payments policy: on-call for 5 minutes, then the team lead U0LEAD for 10, and the whole chain once more
 * (repeat 1). Deadlines are tested by moving the fixture's clock.
 */
class EscalationTest {

    private static final String ID = IncidentTest.ID;
    private AggregateTestFixture<Incident> fixture;
    private OpenIncident open;

    @BeforeEach
    void setUp() {
        fixture = IncidentFixtures.fixture();
        open = new OpenIncident(ID, 42, "checkout-api", "Checkout burning", IncidentSeverity.SEV1, Signals.firing(),
                null, Policies.payments());
    }

    @Test
    void nobodyAcknowledgingWithinTheLevelsWaitPagesTheNextLevel() {
        fixture.givenCommands(open)
                .whenTimeElapses(Duration.ofMinutes(5))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof ResponderPaged p && p.step() == 2 && p.level() == 2
                                && p.round() == 1 && "U0LEAD".equals(p.responder())
                                && p.channel().equals("C0PAYMENTS") && p.isEscalation()),
                        andNoMore())))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(10), "escalation");
    }

    @Test
    void beforeTheWaitRunsOutNothingIsPaged() {
        fixture.givenCommands(open)
                .whenTimeElapses(Duration.ofMinutes(4))
                .expectNoEvents();
    }

    @Test
    void afterTheLastLevelTheChainRepeatsFromTheFirstLevel() {
        fixture.givenCommands(open)
                .whenTimeElapses(Duration.ofMinutes(15))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof ResponderPaged p && p.step() == 2 && p.level() == 2),
                        matches(e -> e instanceof ResponderPaged p && p.step() == 3 && p.level() == 1
                                && p.round() == 2),
                        andNoMore())));
    }

    @Test
    void whenEveryRoundIsPagedUnansweredTheEscalationIsExhaustedAndStops() {
        fixture.givenCommands(open)
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof ResponderPaged p && p.step() == 2),
                        matches(e -> e instanceof ResponderPaged p && p.step() == 3),
                        matches(e -> e instanceof ResponderPaged p && p.step() == 4 && p.round() == 2),
                        matches(e -> e instanceof EscalationExhausted x && x.steps() == 4
                                && x.teamChannel().equals("C0PAYMENTS")),
                        andNoMore())));
    }

    @Test
    void acknowledgingStopsTheEscalationAtOnce() {
        fixture.givenCommands(open, new AcknowledgeIncident(ID, "U0ALICE"))
                .whenTimeElapses(Duration.ofMinutes(20))
                .expectNoEvents()
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), "escalation");
    }

    @Test
    void aResolvedIncidentPagesNobody() {
        fixture.givenCommands(open, new ResolveIncident(ID, "U0ALICE", "False alarm"))
                .whenTimeElapses(Duration.ofHours(1))
                .expectNoEvents();
    }

    @Test
    void aLevelThatPagesAChannelAddressesEveryoneThere() {
        OpenIncident channelFirst = new OpenIncident(ID, 42, "checkout-api", "Burning", IncidentSeverity.SEV2, null,
                "U0ME", new io.beacon.incident.api.EscalationPolicy("payments", "C0PAYMENTS", null, "C0SRE",
                Policies.PAYMENTS_ROTATION, java.util.List.of(new io.beacon.incident.api.EscalationLevel(
                io.beacon.incident.api.EscalationTarget.channel("C0WARROOM"), Duration.ofMinutes(1))), 0, false));
        fixture.givenNoPriorActivity()
                .when(channelFirst)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof io.beacon.incident.api.IncidentDeclared d
                                && "U0ME".equals(d.declaredBy()) && d.trigger() == null),
                        matches(e -> e instanceof ResponderPaged p && p.responder() == null
                                && p.channel().equals("C0WARROOM")
                                && p.fallbacks().equals(java.util.List.of("C0PAYMENTS", "C0SRE"))),
                        andNoMore())));
    }
}
