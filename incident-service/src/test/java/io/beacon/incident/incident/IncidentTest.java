package io.beacon.incident.incident;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.IncidentOpenedForService;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.RecordPage;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.testdata.Signals;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class IncidentTest {

    private static final String ID = "incident-1";
    private final AlertSignal trigger = Signals.firing();
    private AggregateTestFixture<Incident> fixture;
    private IncidentDeclared declared;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        declared = new IncidentDeclared(ID, "checkout-api", trigger.title(), Severity.CRITICAL, trigger,
                Instant.parse("2026-11-22T03:00:30Z"));
    }

    @Test
    void anotherAlertForTheServiceIsAttachedToTheTimeline() {
        AlertSignal latency = Signals.firing("CheckoutLatencyBudgetBurn", "ffffeeee00001111");
        fixture.given(declared)
                .when(new AttachSignal(ID, latency))
                .expectEvents(new SignalAttached(ID, latency, fixture.currentTime()));
    }

    @Test
    void theTriggeringAlertResentIsNotRecordedTwice() {
        fixture.given(declared)
                .when(new AttachSignal(ID, trigger))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAttachedSignalRedeliveredIsNotRecordedTwice() {
        AlertSignal resolved = Signals.resolved(trigger);
        fixture.given(declared, new SignalAttached(ID, resolved, Instant.parse("2026-11-22T03:10:00Z")))
                .when(new AttachSignal(ID, resolved))
                .expectNoEvents();
    }

    @Test
    void aResolvedSignalIsRecordedButDoesNotCloseTheIncident() {
        AlertSignal resolved = Signals.resolved(trigger);
        fixture.given(declared)
                .when(new AttachSignal(ID, resolved))
                .expectEvents(new SignalAttached(ID, resolved, fixture.currentTime()));
    }

    @Test
    void aPageIsRecordedOncePerEscalationStep() {
        fixture.given(declared, new OnCallPaged(ID, 1, "U0ALICE", "C0PAY", "1.1", Instant.parse("2026-11-22T03:00:31Z")))
                .when(new RecordPage(ID, 1, "U0ALICE", "C0PAY", "1.2"))
                .expectNoEvents();
    }

    @Test
    void pagingTheOnCallEngineerIsOnTheTimeline() {
        fixture.given(declared)
                .when(new RecordPage(ID, 1, "U0ALICE", "C0PAY", "1700000000.000101"))
                .expectEvents(new OnCallPaged(ID, 1, "U0ALICE", "C0PAY", "1700000000.000101", fixture.currentTime()));
    }

    @Test
    void acknowledgingATriggeredIncidentRecordsWhoTookIt() {
        IncidentAcknowledged expected = new IncidentAcknowledged(ID, "checkout-api", "U0ALICE", fixture.currentTime());
        fixture.given(declared)
                .when(new AcknowledgeIncident(ID, "U0ALICE"))
                .expectEvents(expected)
                .expectResultMessagePayload(expected);
    }

    @Test
    void aSecondAcknowledgementKeepsTheFirstResponder() {
        IncidentAcknowledged first = new IncidentAcknowledged(ID, "checkout-api", "U0ALICE", Instant.parse("2026-11-22T03:02:00Z"));
        fixture.given(declared, first)
                .when(new AcknowledgeIncident(ID, "U0BOB"))
                .expectNoEvents()
                .expectResultMessagePayload(first);
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
        fixture.given(declared)
                .when(new AcknowledgeIncident(ID, " "))
                .expectException(IllegalArgumentException.class);
    }
}
