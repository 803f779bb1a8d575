package io.beacon.contracts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wire names of integration events, sent in the {@link Topics#EVENT_TYPE_HEADER} header. A name ends in the
 * record's schema version: a consumer that does not know a name (a newer version, a new kind) skips it instead of
 * misreading it. A name, once published, never changes meaning.
 */
public final class EventTypes {

    public static final String ALERT_SIGNAL_RECEIVED = "alert.signal-received.v1";
    public static final String INCIDENT_DECLARED = "incident.declared.v2";
    public static final String INCIDENT_ACKNOWLEDGED = "incident.acknowledged.v2";
    public static final String INCIDENT_ESCALATED = "incident.escalated.v1";
    public static final String INCIDENT_SEVERITY_CHANGED = "incident.severity-changed.v1";
    public static final String INCIDENT_COMMANDER_ASSIGNED = "incident.commander-assigned.v1";
    public static final String INCIDENT_STATUS_UPDATED = "incident.status-updated.v1";
    public static final String INCIDENT_RESOLVED = "incident.resolved.v2";
    public static final String INCIDENT_REOPENED = "incident.reopened.v1";

    private static final Map<String, Class<? extends IntegrationEvent>> RECORDS = records();

    private EventTypes() {
    }

    /** The record a type name is read into, or empty for a name this version of the contracts does not know. */
    public static Optional<Class<? extends IntegrationEvent>> recordOf(String type) {
        return Optional.ofNullable(type == null ? null : RECORDS.get(type));
    }

    /** Every known type name. */
    public static Set<String> all() {
        return RECORDS.keySet();
    }

    private static Map<String, Class<? extends IntegrationEvent>> records() {
        Map<String, Class<? extends IntegrationEvent>> records = new LinkedHashMap<>();
        records.put(ALERT_SIGNAL_RECEIVED, AlertSignalReceived.class);
        records.put(INCIDENT_DECLARED, IncidentDeclared.class);
        records.put(INCIDENT_ACKNOWLEDGED, IncidentAcknowledged.class);
        records.put(INCIDENT_ESCALATED, IncidentEscalated.class);
        records.put(INCIDENT_SEVERITY_CHANGED, IncidentSeverityChanged.class);
        records.put(INCIDENT_COMMANDER_ASSIGNED, IncidentCommanderAssigned.class);
        records.put(INCIDENT_STATUS_UPDATED, IncidentStatusUpdated.class);
        records.put(INCIDENT_RESOLVED, IncidentResolved.class);
        records.put(INCIDENT_REOPENED, IncidentReopened.class);
        return java.util.Collections.unmodifiableMap(records);
    }
}
