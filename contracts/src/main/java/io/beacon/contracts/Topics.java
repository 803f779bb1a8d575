package io.beacon.contracts;

/**
 * Kafka topic names and record headers shared by all services. A topic's version suffix is its envelope's version
 * (key, header, JSON); each record's own schema version is in its {@link EventTypes type name}.
 */
public final class Topics {

    /** {@link AlertSignalReceived}, keyed by service key. Published by alert-gateway. */
    public static final String ALERT_SIGNALS = "beacon.alert-signals.v1";

    /**
     * Every {@link IncidentIntegrationEvent}, keyed by incident id. Published by incident-service. Several types and
     * versions share it: consumers dispatch on {@link #EVENT_TYPE_HEADER} and skip the names they do not know.
     */
    public static final String INCIDENT_EVENTS = "beacon.incident-events.v1";

    /**
     * Every {@link PostmortemIntegrationEvent} (postmortems and their action items), keyed by postmortem id so that
     * one postmortem's story, its action items' included, stays in order. Published by postmortem-service.
     */
    public static final String POSTMORTEM_EVENTS = "beacon.postmortem-events.v1";

    /** Record header naming the event's type: one of {@link EventTypes}, UTF-8. */
    public static final String EVENT_TYPE_HEADER = "beacon-event-type";

    /**
     * Record header carrying the event's {@link IntegrationEvent#eventId()}, UTF-8, so a consumer can drop a
     * duplicate without parsing the payload. Sent by postmortem-service; the payload's {@code eventId} is the same.
     */
    public static final String EVENT_ID_HEADER = "beacon-event-id";

    private Topics() {
    }
}
