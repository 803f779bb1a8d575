package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.SignalStatus;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.SignalAttached;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The signals an incident's resolved event carries, read from the incident's own stream when it resolves: the
 * trigger first, then every attached signal in order, up to the resolution (after a reopen, all of them since the
 * declaration). The stream is the record of them, so the {@code kafka-outbound} group keeps no copy: under a storm
 * that copy cost four statements a signal. Texts are cut to what postmortem-service's columns hold
 * ({@code incident_record_signal}), as the former copy's columns cut them (V7).
 */
final class ResolvedSignals {

    /**
     * The most signals a resolved event carries: a few hundred bytes each as the intake bounds them, so a storm
     * incident's thousands stay far below Kafka's 1 MB (the texts a signal may carry here, up to 5,255 characters,
     * are the publisher's worst case: {@link #thinned} halves the sample until the record fits). A postmortem reads
     * how it began and how it ended; the incident's timeline keeps every one.
     */
    static final int MAX_SIGNALS = 500;
    static final int ALERT_NAME_CHARS = 1_000;
    static final int SOURCE_CHARS = 255;
    static final int TITLE_CHARS = 4_000;

    private ResolvedSignals() {
    }

    /** The signals of {@code incidentId}'s events numbered below {@code resolution}. */
    static List<IncidentResolved.Signal> of(EventStore events, String incidentId, long resolution) {
        List<IncidentResolved.Signal> signals = new ArrayList<>();
        DomainEventStream stream = events.readEvents(incidentId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() >= resolution) {
                break;
            }
            switch (message.getPayload()) {
                case IncidentDeclared declared when declared.trigger() != null -> signals.add(of(declared.trigger()));
                case SignalAttached attached -> signals.add(of(attached.signal()));
                default -> {
                    // not a signal
                }
            }
        }
        return signals;
    }

    /** At most {@code max} of the signals: the first half (the trigger first) and the last, and how many between. */
    record Sample(List<IncidentResolved.Signal> signals, int omitted) {

        static Sample of(List<IncidentResolved.Signal> all, int max) {
            if (all.size() <= max) {
                return new Sample(all, 0);
            }
            int first = (max + 1) / 2;
            List<IncidentResolved.Signal> kept = new ArrayList<>(all.subList(0, first));
            kept.addAll(all.subList(all.size() - (max - first), all.size()));
            return new Sample(kept, all.size() - max);
        }
    }

    /**
     * The event with half as many signals, the first and the last of those it carries: a first-and-last sample of a
     * first-and-last sample is the same kind of sample of the whole, so the stream is not read again.
     */
    static IncidentResolved thinned(IncidentResolved resolved) {
        Sample fewer = Sample.of(resolved.signals(), resolved.signals().size() / 2);
        return resolved.withSignals(fewer.signals(), resolved.signalsOmitted() + fewer.omitted());
    }

    private static IncidentResolved.Signal of(AlertSignal signal) {
        return new IncidentResolved.Signal(OutboundIncidentFacts.clip(signal.alertName(), ALERT_NAME_CHARS),
                SignalStatus.valueOf(signal.status().name()), OutboundIncidentFacts.clip(signal.source(), SOURCE_CHARS),
                signal.startsAt(), OutboundIncidentFacts.clip(signal.title(), TITLE_CHARS));
    }
}
