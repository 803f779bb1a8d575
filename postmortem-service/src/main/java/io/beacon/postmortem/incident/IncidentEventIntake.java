package io.beacon.postmortem.incident;

import io.beacon.contracts.EventTypes;
import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentCommanderAssigned;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentIntegrationEvent;
import io.beacon.contracts.IncidentReopened;
import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverityChanged;
import io.beacon.contracts.IntegrationEvent;
import io.beacon.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies incident-service's integration events to {@link IncidentRecord}s, once each: the event id and the change
 * are written in one transaction, so a redelivered event is recognised and skipped. Dispatches on the type name in
 * the {@link Topics#EVENT_TYPE_HEADER} header; a name it does not know (a newer version, a new kind of event) is
 * logged and skipped, never retried, so one new producer version cannot stall the partition. Each applied
 * resolution is passed on to the {@link IncidentResolvedListener}s (the postmortem drafting) in the same transaction.
 */
public class IncidentEventIntake implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IncidentEventIntake.class);
    private final IncidentRecordRepository incidents;
    private final ProcessedEventRepository processed;
    private final JsonMapper json;
    private final List<IncidentResolvedListener> resolutions;

    IncidentEventIntake(IncidentRecordRepository incidents, ProcessedEventRepository processed, JsonMapper json,
                        List<IncidentResolvedListener> resolutions) {
        this.incidents = incidents;
        this.processed = processed;
        this.json = json;
        this.resolutions = List.copyOf(resolutions);
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        String type = header(message, Topics.EVENT_TYPE_HEADER);
        Optional<Class<? extends IntegrationEvent>> record = EventTypes.recordOf(type)
                .filter(IncidentIntegrationEvent.class::isAssignableFrom);
        if (record.isEmpty()) {
            log.warn("Skipping event {} of unknown type {} on {}", eventId(message.getPayload()), type,
                    Topics.INCIDENT_EVENTS);
            return;
        }
        IncidentIntegrationEvent event = (IncidentIntegrationEvent) json.readValue(message.getPayload(), record.get());
        if (processed.existsById(event.eventId())) {
            log.debug("Event {} ({}) was applied before", event.eventId(), type);
            return;
        }
        apply(event);
        processed.save(new ProcessedEvent(event.eventId(), type, Instant.now()));
    }

    private void apply(IncidentIntegrationEvent event) {
        IncidentRecord incident = incidents.findById(event.incidentId())
                .orElseGet(() -> incidents.save(new IncidentRecord(event.incidentId())));
        incident.identified(event.number(), event.reference(), event.service());
        switch (event) {
            case IncidentDeclared e -> incident.declared(e.title(), e.severity().name(), e.declaredAt());
            case IncidentAcknowledged e -> incident.acknowledged(e.acknowledgedBy(), e.acknowledgedAt());
            case IncidentCommanderAssigned e -> incident.commander(e.commander());
            case IncidentSeverityChanged e -> incident.severity(e.to().name());
            case IncidentResolved e -> {
                incident.resolved(e);
                resolutions.forEach(listener -> listener.resolved(e));
            }
            case IncidentReopened e -> incident.reopened();
            default -> log.debug("Nothing to record of {} {}", event.eventType(), event.eventId());
        }
    }

    /** The event id of a record we cannot read as a known type, for the log; every integration event has one. */
    private String eventId(byte[] payload) {
        try {
            JsonNode id = json.readTree(payload).get("eventId");
            return id == null ? "(none)" : id.asString();
        } catch (RuntimeException unreadable) {
            return "(unreadable payload)";
        }
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
