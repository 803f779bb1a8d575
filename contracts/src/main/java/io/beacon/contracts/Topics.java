package io.beacon.contracts;

/** Kafka topic names and record headers shared by all services. The version suffix is the schema's major version. */
public final class Topics {

    /** {@link AlertSignalReceived}, keyed by service key. Published by alert-gateway. */
    public static final String ALERT_SIGNALS = "beacon.alert-signals.v1";

    /** {@link IncidentDeclared} and friends, keyed by incident id. Published by incident-service. */
    public static final String INCIDENT_EVENTS = "beacon.incident-events.v1";

    /** Record header naming the event's type ({@link Class#getSimpleName()} of the record), for topics carrying several. */
    public static final String EVENT_TYPE_HEADER = "beacon-event-type";

    private Topics() {
    }
}
