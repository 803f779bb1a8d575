package io.beacon.postmortem.incident;

import io.beacon.contracts.IntegrationEvent;
import io.beacon.contracts.Topics;
import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentResolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Applies incident-service's integration events to {@link IncidentRecord}s, once each: the event id and the change
 * are written in one transaction, so a redelivered event is recognised and skipped.
 */
public class IncidentEventIntake implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IncidentEventIntake.class);
    private final IncidentRecordRepository incidents;
    private final ProcessedEventRepository processed;
    private final JsonMapper json;

    IncidentEventIntake(IncidentRecordRepository incidents, ProcessedEventRepository processed, JsonMapper json) {
        this.incidents = incidents;
        this.processed = processed;
        this.json = json;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        String type = header(message, Topics.EVENT_TYPE_HEADER);
        IntegrationEvent event = switch (type == null ? "" : type) {
            case "IncidentDeclared" -> json.readValue(message.getPayload(), IncidentDeclared.class);
            case "IncidentAcknowledged" -> json.readValue(message.getPayload(), IncidentAcknowledged.class);
            case "IncidentResolved" -> json.readValue(message.getPayload(), IncidentResolved.class);
            default -> null;
        };
        if (event == null) {
            log.debug("Ignoring event type {} on {}", type, Topics.INCIDENT_EVENTS);
            return;
        }
        if (processed.existsById(event.eventId())) {
            return;
        }
        apply(event);
        processed.save(new ProcessedEvent(event.eventId(), type, Instant.now()));
    }

    private void apply(IntegrationEvent event) {
        switch (event) {
            case IncidentDeclared e -> record(e.incidentId()).declared(e.service(), e.title(), e.severity().name(),
                    e.declaredAt());
            case IncidentAcknowledged e -> record(e.incidentId()).acknowledged(e.service(), e.acknowledgedBy(),
                    e.acknowledgedAt());
            case IncidentResolved e -> record(e.incidentId()).resolved(e.service(), e.title(), e.declaredAt(),
                    e.resolvedAt());
            default -> throw new IllegalStateException("Unexpected event " + event);
        }
    }

    private IncidentRecord record(String incidentId) {
        return incidents.findById(incidentId).orElseGet(() -> incidents.save(new IncidentRecord(incidentId)));
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
