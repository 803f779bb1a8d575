package io.beacon.incident.incident;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.Severity;
import io.beacon.incident.testdata.Policies;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.List;

/** The incident fixture with its collaborators, and the events every test starts from. */
final class IncidentFixtures {

    static final String ID = IncidentTest.ID;

    private IncidentFixtures() {
    }

    static AggregateTestFixture<Incident> fixture() {
        AggregateTestFixture<Incident> fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(IncidentRules.DEFAULTS);
        return fixture;
    }

    /** Declared now (the fixture's clock) by {@code trigger}, for checkout-api owned by payments. */
    static IncidentDeclared declared(AggregateTestFixture<Incident> fixture, AlertSignal trigger) {
        return new IncidentDeclared(ID, 42, "checkout-api", trigger.title(),
                IncidentSeverity.of(trigger.severity()), trigger, null, Policies.payments(), fixture.currentTime());
    }

    /** Alice is on call on the fixture's date (the rotation's first week is hers). */
    static ResponderPaged firstPage(AggregateTestFixture<Incident> fixture, IncidentDeclared declared) {
        return new ResponderPaged(ID, 1, 1, 1, Policies.PAYMENTS_ROTATION.responderAt(fixture.currentTime()),
                "C0PAYMENTS", List.of("C0SRE"), declared.brief(), fixture.currentTime());
    }

    static IncidentResolved resolved(String by) {
        return new IncidentResolved(ID, "checkout-api", by, "Fixed", Instant.parse("2026-11-22T04:00:00Z"));
    }

    static AlertSignal withSeverity(AlertSignal s, Severity severity) {
        return new AlertSignal(s.source(), s.dedupKey(), s.status(), s.alertName(), s.title(), s.description(),
                severity, s.sourceSeverity(), s.slo(), s.runbookUrl(), s.generatorUrl(), s.startsAt(), s.endsAt(),
                s.receivedAt(), s.labels(), s.annotations());
    }
}
