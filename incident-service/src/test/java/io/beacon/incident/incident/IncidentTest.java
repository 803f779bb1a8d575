package io.beacon.incident.incident;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.AttachSignals;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentOpenedForService;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.OpenIncident;
import io.beacon.incident.api.PageDelivered;
import io.beacon.incident.api.RecordPageDelivery;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.testdata.Policies;
import io.beacon.incident.testdata.Signals;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/** Declaring, signals, severity and acknowledgement; escalation and status updates have their own tests. */
class IncidentTest {

    static final String ID = "incident-1";
    private final AlertSignal trigger = Signals.firing();
    private AggregateTestFixture<Incident> fixture;
    private IncidentDeclared declared;
    private ResponderPaged firstPage;

    @BeforeEach
    void setUp() {
        fixture = IncidentFixtures.fixture();
        declared = IncidentFixtures.declared(fixture, trigger);
        firstPage = IncidentFixtures.firstPage(fixture, declared);
    }

    @Test
    void openingAnIncidentDeclaresItAndPagesTheOnCallResponderInTheTeamChannel() {
        fixture.givenNoPriorActivity()
                .when(new OpenIncident(ID, 42, "checkout-api", trigger.title(), IncidentSeverity.SEV1, trigger, null,
                        Policies.payments()))
                .expectEvents(declared, firstPage)
                .expectScheduledDeadlineWithName(Duration.ofMinutes(5), "escalation");
    }

    @Test
    void anotherAlertForTheServiceIsAttachedToTheTimeline() {
        AlertSignal latency = Signals.firing("CheckoutLatencyBudgetBurn", "ffffeeee00001111");
        fixture.given(declared, firstPage)
                .when(new AttachSignal(ID, latency))
                .expectEvents(new SignalAttached(ID, latency, fixture.currentTime()))
                .expectResultMessagePayload(AttachSignal.Outcome.ATTACHED);
    }

    @Test
    void theTriggeringAlertResentIsNotRecordedTwice() {
        fixture.given(declared, firstPage)
                .when(new AttachSignal(ID, trigger))
                .expectNoEvents()
                .expectResultMessagePayload(AttachSignal.Outcome.ALREADY_RECORDED);
    }

    @Test
    void aMoreSevereAlertRaisesTheSeverityAndTheCommanderIsTold() {
        AlertSignal warning = IncidentFixtures.withSeverity(Signals.firing("Slow", "1111222233334444"),
                Severity.WARNING);
        IncidentDeclared warningIncident = IncidentFixtures.declared(fixture, warning);
        AlertSignal critical = Signals.firing("Down", "5555666677778888");
        fixture.given(warningIncident, firstPage,
                        new io.beacon.incident.api.CommanderAssigned(ID, "U0IC", null, "U0IC", Instant.EPOCH))
                .when(new AttachSignal(ID, critical))
                .expectEvents(new SignalAttached(ID, critical, fixture.currentTime()),
                        new SeverityChanged(ID, IncidentSeverity.SEV3, IncidentSeverity.SEV1, null,
                                "alert Down is SEV1", "U0IC", fixture.currentTime()));
    }

    @Test
    void aLessSevereAlertLeavesTheSeverityAlone() {
        AlertSignal info = IncidentFixtures.withSeverity(Signals.firing("Noise", "9999000011112222"), Severity.INFO);
        fixture.given(declared, firstPage)
                .when(new AttachSignal(ID, info))
                .expectEvents(new SignalAttached(ID, info, fixture.currentTime()));
    }

    @Test
    void whenEveryAlertHasResolvedTheCommanderIsToldButTheIncidentStaysOpenByDefault() {
        AlertSignal resolved = Signals.resolved(trigger);
        fixture.given(declared, firstPage)
                .when(new AttachSignal(ID, resolved))
                .expectEvents(new SignalAttached(ID, resolved, fixture.currentTime()),
                        new io.beacon.incident.api.AllAlertsResolved(ID, 1, null, fixture.currentTime()));
    }

    @Test
    void aServiceWhosePolicySaysSoIsResolvedWhenEveryAlertResolved() {
        IncidentDeclared autoResolving = new IncidentDeclared(ID, 42, "checkout-api", trigger.title(),
                IncidentSeverity.SEV1, trigger, null, Policies.payments(1, true), declared.declaredAt());
        fixture.given(autoResolving, firstPage)
                .when(new AttachSignal(ID, Signals.resolved(trigger)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof SignalAttached),
                        matches(e -> e instanceof io.beacon.incident.api.AllAlertsResolved),
                        matches(e -> e instanceof io.beacon.incident.api.IncidentResolved r
                                && r.resolvedBy().equals("beacon")),
                        andNoMore())));
    }

    @Test
    void aFiringAlertForAResolvedIncidentIsHandedBackSoANewIncidentOpens() {
        fixture.given(declared, firstPage, IncidentFixtures.resolved("U0IC"))
                .when(new AttachSignal(ID, Signals.refired(trigger, Instant.parse("2026-11-23T03:00:00Z"))))
                .expectNoEvents()
                .expectResultMessagePayload(AttachSignal.Outcome.INCIDENT_RESOLVED);
    }

    @Test
    void severalSignalsOfAPollAreAttachedInOrderInOneCommandSkippingOneAlreadyRecorded() {
        AlertSignal latency = Signals.firing("CheckoutLatencyBudgetBurn", "ffffeeee00001111");
        AlertSignal errors = Signals.firing("CheckoutErrors", "ffffeeee00002222");
        fixture.given(declared, firstPage)
                .when(new AttachSignals(ID, List.of(trigger, latency, errors, latency)))
                .expectEvents(new SignalAttached(ID, latency, fixture.currentTime()),
                        new SignalAttached(ID, errors, fixture.currentTime()))
                .expectResultMessagePayload(new AttachSignals.Result(4));
    }

    @Test
    void signalsOfAPollStopAtTheFirstFiringOneThatFindsTheIncidentResolvedByAnEarlierOne() {
        IncidentDeclared autoResolving = new IncidentDeclared(ID, 42, "checkout-api", trigger.title(),
                IncidentSeverity.SEV1, trigger, null, Policies.payments(1, true), declared.declaredAt());
        AlertSignal refired = Signals.refired(trigger, Instant.parse("2026-11-23T03:00:00Z"));
        fixture.given(autoResolving, firstPage)
                .when(new AttachSignals(ID, List.of(Signals.resolved(trigger), refired,
                        Signals.firing("After", "aaaabbbbccccdddd"))))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof SignalAttached),
                        matches(e -> e instanceof io.beacon.incident.api.AllAlertsResolved),
                        matches(e -> e instanceof io.beacon.incident.api.IncidentResolved),
                        andNoMore())))
                .expectResultMessagePayload(new AttachSignals.Result(1));
    }

    @Test
    void acknowledgingATriggeredIncidentRecordsWhoTookItAndWhenTheFirstUpdateIsDue() {
        Instant now = fixture.currentTime();
        IncidentAcknowledged expected = new IncidentAcknowledged(ID, "checkout-api", "U0ALICE", now,
                declared.brief(), List.of(1), now.plus(IncidentRules.DEFAULTS.statusCadence()));
        fixture.given(declared, firstPage)
                .when(new AcknowledgeIncident(ID, "U0ALICE"))
                .expectEvents(expected)
                .expectResultMessagePayload(expected)
                .expectScheduledDeadlineWithName(Duration.ofMinutes(30), "status-update");
    }

    @Test
    void aSecondAcknowledgementKeepsTheFirstResponder() {
        IncidentAcknowledged first = new IncidentAcknowledged(ID, "checkout-api", "U0ALICE",
                Instant.parse("2026-11-22T03:02:00Z"), declared.brief(), List.of(1), null);
        fixture.given(declared, firstPage, first)
                .when(new AcknowledgeIncident(ID, "U0BOB"))
                .expectNoEvents()
                .expectResultMessagePayload(first);
    }

    @Test
    void aResolvedIncidentCannotBeAcknowledged() {
        fixture.given(declared, firstPage, IncidentFixtures.resolved("U0IC"))
                .when(new AcknowledgeIncident(ID, "U0ALICE"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aStreamThatIsNotAnIncidentIsRefusedBeforeAnythingIsAppended() {
        String correlationId = CorrelateSignal.correlationIdOf("checkout-api");
        fixture.given(new IncidentOpenedForService(correlationId, "checkout-api", ID,
                        Instant.parse("2026-11-22T03:00:30Z")))
                .when(new AcknowledgeIncident(correlationId, "U0ALICE"))
                .expectException(IncompatibleAggregateException.class)
                .expectNoEvents();
    }

    @Test
    void anAcknowledgementMustSayWho() {
        fixture.given(declared, firstPage)
                .when(new AcknowledgeIncident(ID, " "))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aDeliveredPageIsRecordedOnce() {
        PageDelivered delivered = new PageDelivered(ID, 1, "C0PAYMENTS", "1.1", Instant.parse("2026-11-22T03:00:31Z"));
        fixture.given(declared, firstPage, delivered)
                .when(new RecordPageDelivery(ID, 1, "C0PAYMENTS", "1.2"))
                .expectNoEvents();
    }

    @Test
    void theDeliveryOfAPageIsOnTheTimeline() {
        fixture.given(declared, firstPage)
                .when(new RecordPageDelivery(ID, 1, "C0PAYMENTS", "1700000000.000101"))
                .expectEvents(new PageDelivered(ID, 1, "C0PAYMENTS", "1700000000.000101", fixture.currentTime()));
    }
}
