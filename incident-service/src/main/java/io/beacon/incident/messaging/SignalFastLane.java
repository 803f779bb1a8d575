package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.SignalStatus;
import io.beacon.incident.api.OpenIncidentForSignal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The intake's fast lane: its own consumer group on the alert-signal topic, reading ahead of the in-order intake
 * ({@link AlertSignalIntake}) and doing one thing, opening an incident (and so paging) for the first firing signal of
 * a service that has none open. Under a storm the in-order intake works through thousands of signals for incidents
 * that are open already; a new outage's first signal waited behind them on its partition (page p99 of 115 s at 1,000
 * alerts/s). Here it waits only for the lookups of the signals before it.
 *
 * <p>It never holds up or parks anything: whatever it can't do (a bad signal, a database outage, a lost race) it
 * leaves to the in-order intake, which takes every signal, this one included, idempotently: the correlation finds the
 * incident opened here, and the signal is on it already as its trigger.
 *
 * <p>A poll's new services are opened side by side, {@code opensAtOnce} at a time, each in its own command and unit of
 * work (one failing leaves only its own signal to the in-order intake). Opened one after another, a storm's first
 * 200 incidents opened at about 12 a second: each open is a handful of round trips to the database, and with the
 * machine's cores busy with the storm each round trip waited its turn for a core (the lane's threads spent 11.8 s of
 * 30 s in socket reads from PostgreSQL and 2.6 s on a core), so the last first page came 14 s after its alert.
 */
final class SignalFastLane implements Consumer<Message<List<byte[]>>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignalFastLane.class);
    static final String METRIC = "beacon.intake.fast_lane";
    private final CommandGateway commands;
    private final JsonMapper json;
    private final RecentlyOpened asked;
    private final Counter opened;
    private final Counter left;
    private final Counter failed;
    private final ExecutorService opening;

    SignalFastLane(CommandGateway commands, JsonMapper json, RecentlyOpened asked, MeterRegistry meters,
                   int opensAtOnce) {
        this.commands = commands;
        this.opening = Executors.newFixedThreadPool(opensAtOnce,
                Thread.ofPlatform().name("fast-lane-open-", 1).daemon().factory());
        this.json = json;
        this.asked = asked;
        this.opened = counter(meters, "opened", "incidents opened ahead of the in-order intake");
        this.left = counter(meters, "left", "signals left to the in-order intake (not firing, or asked lately)");
        this.failed = counter(meters, "failed", "signals it could not take (left to the in-order intake)");
    }

    /**
     * A poll of the topic. A record whose key (the service key the gateway partitions by) was asked about lately is
     * passed over unread: under a storm that is nearly every record, and reading each one's JSON was most of this
     * lane's time.
     */
    @Override
    public void accept(Message<List<byte[]>> message) {
        SignalBatch batch = SignalBatch.of(message);
        List<CompletableFuture<Void>> opens = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            String key = batch.key(index);
            if (key != null && asked.askedLately(key)) {
                left.increment();
                continue;
            }
            AlertSignalReceived received;
            try {
                received = json.readValue(batch.value(index), AlertSignalReceived.class);
            } catch (RuntimeException unreadable) {
                failed.increment(); // the in-order intake parks it
                log.debug("Fast lane left an unreadable signal (key {}) to the in-order intake: {}", key,
                        unreadable.toString());
                continue;
            }
            String service = received == null ? null : toOpen(received);
            if (service != null) {
                opens.add(CompletableFuture.runAsync(() -> open(service, received), opening));
            }
        }
        CompletableFuture.allOf(opens.toArray(CompletableFuture[]::new)).join();
    }

    /** The service to open an incident for; null (and left to the in-order intake) when there is none to ask about. */
    private String toOpen(AlertSignalReceived received) {
        String service = received.schemaVersion() == AlertSignalReceived.SCHEMA_VERSION
                && received.status() == SignalStatus.FIRING ? AlertSignalTranslator.serviceKey(received) : null;
        if (service == null || service.isBlank() || !asked.shouldAsk(service)) {
            left.increment();
            return null;
        }
        return service;
    }

    private void open(String service, AlertSignalReceived received) {
        try {
            String incidentId = commands.sendAndWait(
                    OpenIncidentForSignal.forService(service, AlertSignalTranslator.toSignal(received)));
            (incidentId == null ? left : opened).increment();
        } catch (RuntimeException e) {
            asked.forget(service);
            failed.increment();
            log.debug("Fast lane left signal {} for {} to the in-order intake: {}", received.eventId(), service,
                    e.toString());
        }
    }

    @Override
    public void close() {
        opening.shutdown(); // the binding stopped first: a poll taken meanwhile finishes its opens
    }

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(METRIC).tag("outcome", outcome).description(description).register(meters);
    }
}
