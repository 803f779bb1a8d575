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
 * that copy cost four statements a signal. Texts are cut to what the former copy's columns held (V7), so the
 * contract carries what it always did.
 */
final class ResolvedSignals {

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

    private static IncidentResolved.Signal of(AlertSignal signal) {
        return new IncidentResolved.Signal(clip(signal.alertName(), ALERT_NAME_CHARS),
                SignalStatus.valueOf(signal.status().name()), clip(signal.source(), SOURCE_CHARS),
                signal.startsAt(), clip(signal.title(), TITLE_CHARS));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
