package io.beacon.incident.incident;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.ChangeSeverity;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.EscalationTarget;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.OpenIncident;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.ReopenIncident;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;
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

/** The commander's side: commander, severity, status updates on a cadence, nudges, resolve and reopen. */
class StatusUpdateTest {

    private static final String ID = IncidentTest.ID;
    private AggregateTestFixture<Incident> fixture;
    private OpenIncident open;
    private AcknowledgeIncident ack;

    @BeforeEach
    void setUp() {
        fixture = IncidentFixtures.fixture();
        open = new OpenIncident(ID, 42, "checkout-api", "Checkout burning", IncidentSeverity.SEV1, Signals.firing(),
                null, Policies.payments());
        ack = new AcknowledgeIncident(ID, "U0ALICE");
    }

    private static PostStatusUpdate update(StatusLabel label, Duration next) {
        return new PostStatusUpdate(ID, label, "Payments fail for 20% of checkouts", "EU customers can't pay",
                "Rolling back the 14:02 deploy", next, "U0IC");
    }

    @Test
    void theFirstUpdateMakesItsAuthorCommanderAndPromisesTheNextOne() {
        fixture.givenCommands(open, ack)
                .when(update(StatusLabel.INVESTIGATING, Duration.ofMinutes(15)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof CommanderAssigned c && c.commander().equals("U0IC")),
                        matches(e -> e instanceof StatusUpdatePosted u && u.sequence() == 1
                                && u.label() == StatusLabel.INVESTIGATING && "U0IC".equals(u.commander())
                                && u.nextUpdateDueAt().equals(fixture.currentTime().plus(Duration.ofMinutes(15)))
                                && "C0STATUS".equals(u.broadcastChannel())
                                && "EU customers can't pay".equals(u.impact())),
                        andNoMore())))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(15), "status-update");
    }

    @Test
    void anUpdateOnAnUnacknowledgedIncidentAcknowledgesItAndStopsTheEscalation() {
        fixture.givenCommands(open)
                .when(update(StatusLabel.INVESTIGATING, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof IncidentAcknowledged a && a.acknowledgedBy().equals("U0IC")),
                        matches(e -> e instanceof CommanderAssigned),
                        matches(e -> e instanceof StatusUpdatePosted u && u.nextUpdateDueAt()
                                .equals(fixture.currentTime().plus(IncidentRules.DEFAULTS.statusCadence()))),
                        andNoMore())))
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), "escalation");
    }

    @Test
    void aPromiseOutsideTheAllowedIntervalsIsRefused() {
        fixture.givenCommands(open, ack)
                .when(update(StatusLabel.IDENTIFIED, Duration.ofMinutes(1)))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anUpdateWithoutASummaryIsRefused() {
        fixture.givenCommands(open, ack)
                .when(new PostStatusUpdate(ID, StatusLabel.IDENTIFIED, " ", null, null, null, "U0IC"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aLateUpdateNudgesTheCommanderAndAgainEachIntervalTellingTheEscalationContactFromTheSecond() {
        fixture.givenCommands(open, ack, update(StatusLabel.IDENTIFIED, Duration.ofMinutes(15)))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof StatusUpdateOverdue o && o.missed() == 1
                                && "U0IC".equals(o.commander()) && o.escalationContact() == null),
                        matches(e -> e instanceof StatusUpdateOverdue o && o.missed() == 2
                                && EscalationTarget.user("U0LEAD").equals(o.escalationContact())
                                && o.teamChannel().equals("C0PAYMENTS")),
                        andNoMore())));
    }

    @Test
    void aNewUpdateReplacesThePromiseOfThePreviousOne() {
        fixture.givenCommands(open, ack, update(StatusLabel.IDENTIFIED, Duration.ofMinutes(15)))
                .when(update(StatusLabel.MONITORING, Duration.ofMinutes(60)))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(60), "status-update")
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(15), "status-update");
    }

    @Test
    void anAcknowledgedIncidentWithoutAnyUpdateIsNudgedAfterTheDefaultCadence() {
        fixture.givenCommands(open, ack)
                .whenTimeElapses(IncidentRules.DEFAULTS.statusCadence())
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof StatusUpdateOverdue o && o.missed() == 1),
                        andNoMore())));
    }

    @Test
    void aResolvedUpdateResolvesTheIncidentAndNudgesStop() {
        fixture.givenCommands(open, ack, update(StatusLabel.MONITORING, Duration.ofMinutes(15)))
                .when(update(StatusLabel.RESOLVED, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof StatusUpdatePosted u && u.label() == StatusLabel.RESOLVED
                                && u.nextUpdateDueAt() == null),
                        matches(e -> e instanceof IncidentResolved r && r.resolvedBy().equals("U0IC")),
                        andNoMore())))
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(15), "status-update");
    }

    @Test
    void aResolvedIncidentTakesNoUpdates() {
        fixture.givenCommands(open, ack, new ResolveIncident(ID, "U0IC", "Rolled back"))
                .when(update(StatusLabel.IDENTIFIED, null))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void resolvingTwiceIsHarmless() {
        fixture.givenCommands(open, new ResolveIncident(ID, "U0IC", "Rolled back"))
                .when(new ResolveIncident(ID, "U0IC", "again"))
                .expectNoEvents();
    }

    @Test
    void aResolvedIncidentCanBeReopenedWithinTheWindowAndUpdatesAreExpectedAgain() {
        fixture.givenCommands(open, ack, new ResolveIncident(ID, "U0IC", "Rolled back"))
                .when(new ReopenIncident(ID, "U0IC", "Errors are back"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof IncidentReopened r && r.reason().equals("Errors are back")
                                && r.nextUpdateDueAt().equals(fixture.currentTime()
                                .plus(IncidentRules.DEFAULTS.statusCadence()))),
                        andNoMore())))
                .expectScheduledDeadlineWithName(IncidentRules.DEFAULTS.statusCadence(), "status-update");
    }

    @Test
    void reopeningAfterTheWindowIsRefused() {
        fixture.givenCommands(open, ack, new ResolveIncident(ID, "U0IC", "Rolled back"))
                .andGivenCurrentTime(fixture.currentTime().plus(Duration.ofHours(25)))
                .when(new ReopenIncident(ID, "U0IC", "Errors are back"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void anOpenIncidentCannotBeReopened() {
        fixture.givenCommands(open)
                .when(new ReopenIncident(ID, "U0IC", "?"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void theCommanderCanBeHandedOver() {
        fixture.givenCommands(open, new AssignCommander(ID, "U0IC", "U0ALICE"))
                .when(new AssignCommander(ID, "U0NEXT", "U0IC"))
                .expectEvents(new CommanderAssigned(ID, "U0NEXT", "U0IC", "U0IC", fixture.currentTime()));
    }

    @Test
    void assigningTheSameCommanderAgainChangesNothing() {
        fixture.givenCommands(open, new AssignCommander(ID, "U0IC", "U0ALICE"))
                .when(new AssignCommander(ID, "U0IC", "U0ALICE"))
                .expectNoEvents();
    }

    @Test
    void theSeverityCanBeChangedByHandWithAReason() {
        fixture.givenCommands(open)
                .when(new ChangeSeverity(ID, IncidentSeverity.SEV3, "U0IC", "Only internal users"))
                .expectEvents(new SeverityChanged(ID, IncidentSeverity.SEV1, IncidentSeverity.SEV3, "U0IC",
                        "Only internal users", null, fixture.currentTime()));
    }
}
