package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.SignalStatus;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.testdata.Policies;
import io.beacon.incident.testdata.Signals;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolved event's signals, read from the incident's stream (Axon's in-memory event store). */
class ResolvedSignalsTest {

    private static final String ID = "incident-1";
    private static final Instant DECLARED = Instant.parse("2026-11-22T03:00:30Z");

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @Test
    void theTriggerComesFirstThenEveryAttachedSignalUpToTheResolution() {
        append(new IncidentDeclared(ID, 1, "checkout-api", "Burning", IncidentSeverity.SEV2, Signals.firing(), null,
                        Policies.payments(), DECLARED),
                new SignalAttached(ID, Signals.firing("LatencyBurn", "00ff00ff00ff00ff"), DECLARED.plusSeconds(5)),
                new SignalAttached(ID, Signals.resolved(Signals.firing()), DECLARED.plusSeconds(60)),
                // the resolution is event 3; what follows it is the next resolution's
                new io.beacon.incident.api.IncidentResolved(ID, "checkout-api", "U0CAROL", "ok",
                        DECLARED.plusSeconds(90)),
                new SignalAttached(ID, Signals.firing("AfterwardsBurn", "0f0f0f0f0f0f0f0f"), DECLARED.plusSeconds(95)));

        assertThat(ResolvedSignals.of(events, ID, 3)).extracting(IncidentResolved.Signal::alertName,
                        IncidentResolved.Signal::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CheckoutErrorBudgetBurn", SignalStatus.FIRING),
                        org.assertj.core.groups.Tuple.tuple("LatencyBurn", SignalStatus.FIRING),
                        org.assertj.core.groups.Tuple.tuple("CheckoutErrorBudgetBurn", SignalStatus.RESOLVED));
        assertThat(ResolvedSignals.of(events, ID, 3).getFirst()).isEqualTo(new IncidentResolved.Signal(
                "CheckoutErrorBudgetBurn", SignalStatus.FIRING, "alertmanager", Signals.STARTS_AT,
                "Checkout error budget burning 14.4x"));
    }

    @Test
    void afterAReopenTheNextResolutionCarriesEverySignalSinceTheDeclaration() {
        append(new IncidentDeclared(ID, 1, "checkout-api", "By hand", IncidentSeverity.SEV2, null, "U0ALICE",
                        Policies.payments(), DECLARED),
                new SignalAttached(ID, Signals.firing(), DECLARED.plusSeconds(5)),
                new io.beacon.incident.api.IncidentResolved(ID, "checkout-api", "U0CAROL", "ok",
                        DECLARED.plusSeconds(90)),
                new IncidentReopened(ID, "checkout-api", "U0CAROL", "back", null, DECLARED.plusSeconds(95)),
                new SignalAttached(ID, Signals.firing("LatencyBurn", "00ff00ff00ff00ff"), DECLARED.plusSeconds(96)));

        assertThat(ResolvedSignals.of(events, ID, 5)).extracting(IncidentResolved.Signal::alertName)
                .as("declared by hand: no trigger").containsExactly("CheckoutErrorBudgetBurn", "LatencyBurn");
        assertThat(ResolvedSignals.of(events, "unknown", 5)).isEmpty();
    }

    @Test
    void aSampleKeepsTheFirstAndTheLastSignalsAndCountsTheOnesBetween() {
        List<IncidentResolved.Signal> all = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new IncidentResolved.Signal("Burn" + i, SignalStatus.FIRING, "alertmanager",
                        Signals.STARTS_AT, "t")).toList();

        ResolvedSignals.Sample five = ResolvedSignals.Sample.of(all, 5);
        assertThat(five.signals()).extracting(IncidentResolved.Signal::alertName)
                .containsExactly("Burn0", "Burn1", "Burn2", "Burn9", "Burn10");
        assertThat(five.omitted()).isEqualTo(6);
        assertThat(ResolvedSignals.Sample.of(all, 11)).isEqualTo(new ResolvedSignals.Sample(all, 0));
        assertThat(ResolvedSignals.Sample.of(all, 0)).isEqualTo(new ResolvedSignals.Sample(List.of(), 11));
    }

    private void append(IncidentEvent... history) {
        List<GenericDomainEventMessage<IncidentEvent>> messages = new java.util.ArrayList<>();
        for (int sequence = 0; sequence < history.length; sequence++) {
            messages.add(new GenericDomainEventMessage<>("Incident", ID, sequence, history[sequence]));
        }
        events.publish(messages);
    }
}
