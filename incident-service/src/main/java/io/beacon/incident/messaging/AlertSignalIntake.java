package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.AttachSignal;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.ReleaseService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Takes each alert signal from Kafka into the incident model: correlate it to its service's incident (opening one
 * if needed), then record it on that incident's timeline. Both steps are idempotent, so Kafka's redelivery after a
 * crash between them is harmless; the offset is committed only after both succeed. A firing signal that reaches an
 * incident resolved a moment ago (before its service was released) releases the service and opens a new incident.
 * A signal that can never be taken in (invalid, an unknown contract version) throws at once and is parked on the
 * dead-letter topic; a transient failure is retried (messaging.deadletter.IntakeErrorHandling).
 */
class AlertSignalIntake implements Consumer<AlertSignalReceived> {

    private static final Logger log = LoggerFactory.getLogger(AlertSignalIntake.class);
    private final CommandGateway commands;
    private final SignalIntakeTimer intake;

    AlertSignalIntake(CommandGateway commands, SignalIntakeTimer intake) {
        this.commands = commands;
        this.intake = intake;
    }

    @Override
    public void accept(AlertSignalReceived received) {
        take(received);
        intake.taken(received);
    }

    private void take(AlertSignalReceived received) {
        if (received.schemaVersion() != AlertSignalReceived.SCHEMA_VERSION) {
            // a version this service was not built for: parked (a permanent failure) until a release that reads it
            throw new IllegalArgumentException("Alert signal " + received.eventId() + " has contract version "
                    + received.schemaVersion() + "; this service reads version " + AlertSignalReceived.SCHEMA_VERSION);
        }
        String service = AlertSignalTranslator.serviceKey(received);
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("Alert signal " + received.eventId() + " names no service");
        }
        AlertSignal signal = AlertSignalTranslator.toSignal(received);
        for (int attempt = 0; attempt < 2; attempt++) {
            String incidentId = commands.sendAndWait(CorrelateSignal.forService(service, signal));
            if (incidentId == null) {
                log.info("Signal {} ({} {}) for {} opens nothing: no open incident", received.eventId(),
                        received.alertName(), received.status(), service);
                return;
            }
            AttachSignal.Outcome outcome = commands.sendAndWait(new AttachSignal(incidentId, signal));
            if (outcome != AttachSignal.Outcome.INCIDENT_RESOLVED) {
                return;
            }
            commands.sendAndWait(ReleaseService.of(service, incidentId));
        }
        throw new IllegalStateException("Signal " + received.eventId() + " for " + service
                + " found only resolved incidents");
    }
}
