package io.beacon.incident.correlation;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentOpenedForService;
import io.beacon.incident.incident.EscalationPolicies;
import io.beacon.incident.incident.IncidentNumbers;
import io.beacon.incident.testdata.Policies;
import io.beacon.incident.testdata.Signals;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;

class ServiceCorrelationTest {

    private static final String CORRELATION = CorrelateSignal.correlationIdOf("checkout-api");
    private AggregateTestFixture<ServiceCorrelation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServiceCorrelation.class);
        fixture.registerInjectableResource((EscalationPolicies) service -> Policies.payments());
        java.util.concurrent.atomic.AtomicLong numbers = new java.util.concurrent.atomic.AtomicLong(41);
        fixture.registerInjectableResource((IncidentNumbers) numbers::incrementAndGet);
    }

    @Test
    void aFiringSignalForAQuietServiceOpensAnIncidentAndDeclaresIt() {
        AlertSignal signal = Signals.firing();
        fixture.givenNoPriorActivity()
                .when(CorrelateSignal.forService("checkout-api", signal))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(IncidentOpenedForService.class),
                                instanceOf(IncidentDeclared.class),
                                instanceOf(io.beacon.incident.api.ResponderPaged.class),
                                andNoMore())))
                .expectResultMessagePayloadMatching(notNullValue());
    }

    @Test
    void aSignalForAServiceWithAnOpenIncidentAttachesToIt() {
        fixture.given(new IncidentOpenedForService(CORRELATION, "checkout-api", "incident-1",
                        Instant.parse("2026-11-22T03:00:30Z")))
                .when(CorrelateSignal.forService("checkout-api", Signals.firing("CheckoutLatencyBurn", "0123456789abcdef")))
                .expectNoEvents()
                .expectResultMessagePayload("incident-1");
    }

    @Test
    void aResolvedSignalWithoutAnOpenIncidentOpensNothing() {
        fixture.givenNoPriorActivity()
                .when(CorrelateSignal.forService("checkout-api", Signals.resolved(Signals.firing())))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void correlationIdsCannotCollideWithIncidentIds() {
        assertThat(CorrelateSignal.correlationIdOf("checkout-api")).isEqualTo("service-correlation:checkout-api");
    }

    @Test
    void anIncidentCanBeDeclaredByHandForAQuietService() {
        fixture.givenNoPriorActivity()
                .when(io.beacon.incident.api.DeclareIncident.forService("checkout-api", "Card payments failing",
                        io.beacon.incident.api.IncidentSeverity.SEV2, "U0ALICE"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(IncidentOpenedForService.class),
                        org.axonframework.test.matchers.Matchers.matches(e -> e instanceof IncidentDeclared d
                                && d.trigger() == null && "U0ALICE".equals(d.declaredBy()) && d.number() == 42
                                && d.severity() == io.beacon.incident.api.IncidentSeverity.SEV2),
                        instanceOf(io.beacon.incident.api.ResponderPaged.class),
                        andNoMore())));
    }

    @Test
    void declaringByHandWhileAnIncidentIsOpenNamesTheOpenOne() {
        fixture.given(new IncidentOpenedForService(CORRELATION, "checkout-api", "incident-1",
                        Instant.parse("2026-11-22T03:00:30Z")))
                .when(io.beacon.incident.api.DeclareIncident.forService("checkout-api", "Again",
                        io.beacon.incident.api.IncidentSeverity.SEV2, "U0ALICE"))
                .expectException(io.beacon.incident.api.IncidentAlreadyOpen.class)
                .expectNoEvents();
    }

    @Test
    void aDeclarationWithoutTitleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(io.beacon.incident.api.DeclareIncident.forService("checkout-api", " ",
                        io.beacon.incident.api.IncidentSeverity.SEV2, "U0ALICE"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void resolvingReleasesTheServiceSoItsNextAlertOpensANewIncident() {
        fixture.given(new IncidentOpenedForService(CORRELATION, "checkout-api", "incident-1",
                                Instant.parse("2026-11-22T03:00:30Z")),
                        new io.beacon.incident.api.ServiceReleased(CORRELATION, "checkout-api", "incident-1",
                                Instant.parse("2026-11-22T04:00:00Z")))
                .when(CorrelateSignal.forService("checkout-api", Signals.firing()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.matches(e -> e instanceof IncidentOpenedForService o
                                && !o.incidentId().equals("incident-1")),
                        instanceOf(IncidentDeclared.class),
                        instanceOf(io.beacon.incident.api.ResponderPaged.class),
                        andNoMore())));
    }

    @Test
    void releasingForAnotherIncidentThanTheOpenOneChangesNothing() {
        fixture.given(new IncidentOpenedForService(CORRELATION, "checkout-api", "incident-2",
                        Instant.parse("2026-11-22T03:00:30Z")))
                .when(io.beacon.incident.api.ReleaseService.of("checkout-api", "incident-1"))
                .expectNoEvents();
    }

    @Test
    void aReopenedIncidentReclaimsItsServiceOnlyWhenNoOtherOpened() {
        fixture.given(new IncidentOpenedForService(CORRELATION, "checkout-api", "incident-2",
                        Instant.parse("2026-11-22T05:00:00Z")))
                .when(io.beacon.incident.api.ReclaimService.of("checkout-api", "incident-1"))
                .expectNoEvents();
    }
}
