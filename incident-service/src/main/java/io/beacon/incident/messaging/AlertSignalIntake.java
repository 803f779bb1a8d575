package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignals;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.ReleaseService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Takes alert signals from Kafka into the incident model, a whole poll at a time: each service's signals in the poll,
 * in their order, are correlated to its incident (opening one if needed) and recorded on that incident's timeline with
 * one {@link AttachSignals}. Under a storm that is one aggregate load and one commit for a service's signals in a poll,
 * where it was two of each per signal (the profile had the intake thread in Axon's command handling and the binder's
 * per-record plumbing for nine tenths of its time). Every step is idempotent, so Kafka's redelivery after a crash is
 * harmless; offsets are committed only once the poll is taken. A firing signal that reaches an incident resolved a
 * moment ago (before its service was released) releases the service and opens a new incident for it and the signals
 * after it.
 *
 * <p>What fails is known by its record. A signal that can never be taken in (unreadable, invalid, an unknown
 * contract version) or a command failing stops its service's signals there (a service's signals that fail together
 * are tried again one at a time to find the one that fails), the other services' signals are still taken, and the
 * earliest failing record is reported ({@link BatchListenerFailedException}): the records before it
 * are committed, it is parked at once if the failure is permanent or retried with back-off if transient
 * (messaging.deadletter.IntakeErrorHandling), and the records after it come again.
 */
class AlertSignalIntake implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(AlertSignalIntake.class);
    private static final int REMEMBERED_AT_MOST = 100_000;
    private final CommandGateway commands;
    private final SignalIntakeTimer intake;
    private final JsonMapper json;
    /**
     * Records of a failed poll that were taken already (other services' signals): the poll comes again, from the
     * failing record on or whole (a database outage), and taking a record twice is not always harmless (a resolved
     * signal of an incident that resolved and reopened in that poll would land on the new incident). Forgotten once a
     * poll holding them is taken whole. Only a hint: lost in a crash or a rebalance, the records are taken again, as any record of a poll
     * not yet committed is after a crash.
     */
    private final Set<String> takenAhead = ConcurrentHashMap.newKeySet();

    AlertSignalIntake(CommandGateway commands, SignalIntakeTimer intake, JsonMapper json) {
        this.commands = commands;
        this.intake = intake;
        this.json = json;
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        SignalBatch batch = SignalBatch.of(message);
        Map<String, List<Taking>> byService = new LinkedHashMap<>();
        BitSet taken = new BitSet(batch.size());
        Failure failure = null;
        for (int index = 0; index < batch.size(); index++) {
            if (!takenAhead.isEmpty() && takenAhead.contains(String.valueOf(batch.position(index)))) {
                continue;
            }
            try {
                AlertSignalReceived received = read(batch.value(index));
                String service = service(received);
                byService.computeIfAbsent(service, s -> new ArrayList<>())
                        .add(new Taking(index, received, AlertSignalTranslator.toSignal(received)));
            } catch (RuntimeException unreadable) {
                // what follows it comes again after it is parked: only the records before it are taken now
                failure = new Failure(index, unreadable);
                break;
            }
        }
        for (Map.Entry<String, List<Taking>> service : byService.entrySet()) {
            Failure failed = take(service.getKey(), service.getValue(), taken);
            if (failed != null && (failure == null || failed.index < failure.index)) {
                failure = failed;
            }
        }
        if (failure != null) {
            rememberTaken(batch, taken);
            throw new BatchListenerFailedException("Alert signal " + failure.index + " of a poll of " + batch.size()
                    + " failed: " + failure.cause, failure.cause, failure.index);
        }
        if (!takenAhead.isEmpty()) {
            // the whole poll is taken and is committed now: none of it comes again
            for (int index = 0; index < batch.size(); index++) {
                takenAhead.remove(String.valueOf(batch.position(index)));
            }
        }
    }

    private AlertSignalReceived read(byte[] value) {
        AlertSignalReceived received = json.readValue(value, AlertSignalReceived.class);
        if (received == null) {
            throw new IllegalArgumentException("An alert-signal record with no value");
        }
        if (received.schemaVersion() != AlertSignalReceived.SCHEMA_VERSION) {
            // a version this service was not built for: parked (a permanent failure) until a release that reads it
            throw new IllegalArgumentException("Alert signal " + received.eventId() + " has contract version "
                    + received.schemaVersion() + "; this service reads version " + AlertSignalReceived.SCHEMA_VERSION);
        }
        return received;
    }

    private static String service(AlertSignalReceived received) {
        String service = AlertSignalTranslator.serviceKey(received);
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("Alert signal " + received.eventId() + " names no service");
        }
        return service;
    }

    /** One service's signals of the poll, in order; the first that fails and why, or null when all were taken. */
    private Failure take(String service, List<Taking> signals, BitSet taken) {
        int next = 0;
        boolean justReleased = false;
        boolean oneByOne = false;
        while (next < signals.size()) {
            Taking first = signals.get(next);
            try {
                String incidentId = commands.sendAndWait(CorrelateSignal.forService(service, first.signal()));
                if (incidentId == null) {
                    log.info("Signal {} ({} {}) for {} opens nothing: no open incident", first.received().eventId(),
                            first.received().alertName(), first.received().status(), service);
                    taken(first, taken);
                    next++;
                    justReleased = false;
                    continue;
                }
                List<Taking> rest = signals.subList(next, oneByOne ? next + 1 : signals.size());
                AttachSignals.Result result;
                try {
                    result = commands.sendAndWait(new AttachSignals(incidentId,
                            rest.stream().map(Taking::signal).toList()));
                } catch (RuntimeException failed) {
                    if (rest.size() == 1) {
                        throw failed;
                    }
                    // which signal failed? Again one at a time, so that only that one is parked or retried
                    oneByOne = true;
                    continue;
                }
                rest.subList(0, result.taken()).forEach(signal -> taken(signal, taken));
                next += result.taken();
                if (result.taken() < rest.size()) { // the next one is firing and found the incident resolved
                    if (justReleased && result.taken() == 0) {
                        throw new IllegalStateException("Signal " + signals.get(next).received().eventId() + " for "
                                + service + " found only resolved incidents");
                    }
                    // the incident resolved a moment ago: release the service, and the next firing signal opens anew
                    commands.sendAndWait(ReleaseService.of(service, incidentId));
                    justReleased = true;
                }
            } catch (RuntimeException failed) {
                return new Failure(signals.get(next).index(), failed);
            }
        }
        return null;
    }

    private void taken(Taking signal, BitSet taken) {
        taken.set(signal.index());
        intake.taken(signal.received());
    }

    private void rememberTaken(SignalBatch batch, BitSet taken) {
        if (takenAhead.size() > REMEMBERED_AT_MOST) {
            takenAhead.clear(); // a hint: forgetting costs taking some records again
        }
        taken.stream().mapToObj(batch::position).filter(Objects::nonNull).forEach(takenAhead::add);
    }

    private record Taking(int index, AlertSignalReceived received, AlertSignal signal) {
    }

    private record Failure(int index, RuntimeException cause) {
    }
}
