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
}
