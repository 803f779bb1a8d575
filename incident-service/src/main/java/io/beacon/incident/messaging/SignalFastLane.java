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

import java.util.List;
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
 */
final class SignalFastLane implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(SignalFastLane.class);
    static final String METRIC = "beacon.intake.fast_lane";
    private final CommandGateway commands;
    private final JsonMapper json;
    private final RecentlyOpened asked;
    private final Counter opened;
    private final Counter left;
    private final Counter failed;

    SignalFastLane(CommandGateway commands, JsonMapper json, RecentlyOpened asked, MeterRegistry meters) {
        this.commands = commands;
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
            if (received != null) {
                accept(received);
            }
        }
    }

    void accept(AlertSignalReceived received) {
        String service = received.schemaVersion() == AlertSignalReceived.SCHEMA_VERSION
                && received.status() == SignalStatus.FIRING ? AlertSignalTranslator.serviceKey(received) : null;
        if (service == null || service.isBlank() || !asked.shouldAsk(service)) {
            left.increment();
            return;
        }
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

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(METRIC).tag("outcome", outcome).description(description).register(meters);
    }
}
