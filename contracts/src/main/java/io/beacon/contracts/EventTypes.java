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
    public static final String POSTMORTEM_DRAFTED = "postmortem.drafted.v1";
    public static final String POSTMORTEM_PUBLISHED = "postmortem.published.v1";
    public static final String POSTMORTEM_OVERDUE = "postmortem.overdue.v1";
    public static final String POSTMORTEM_ESCALATED = "postmortem.escalated.v1";
    public static final String ACTION_ITEM_CREATED = "action-item.created.v1";
    public static final String ACTION_ITEM_STARTED = "action-item.started.v1";
    public static final String ACTION_ITEM_COMPLETED = "action-item.completed.v1";
    public static final String ACTION_ITEM_REOPENED = "action-item.reopened.v1";
    public static final String ACTION_ITEM_RESCHEDULED = "action-item.rescheduled.v1";
    public static final String ACTION_ITEM_OVERDUE = "action-item.overdue.v1";
    public static final String ACTION_ITEM_ESCALATED = "action-item.escalated.v1";
    public static final String ACTION_ITEM_DEPRIORITISED = "action-item.deprioritised.v1";

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
        records.put(POSTMORTEM_DRAFTED, PostmortemDrafted.class);
        records.put(POSTMORTEM_PUBLISHED, PostmortemPublished.class);
        records.put(POSTMORTEM_OVERDUE, PostmortemOverdue.class);
        records.put(POSTMORTEM_ESCALATED, PostmortemEscalated.class);
        records.put(ACTION_ITEM_CREATED, ActionItemCreated.class);
        records.put(ACTION_ITEM_STARTED, ActionItemStarted.class);
        records.put(ACTION_ITEM_COMPLETED, ActionItemCompleted.class);
        records.put(ACTION_ITEM_REOPENED, ActionItemReopened.class);
        records.put(ACTION_ITEM_RESCHEDULED, ActionItemRescheduled.class);
        records.put(ACTION_ITEM_OVERDUE, ActionItemOverdue.class);
        records.put(ACTION_ITEM_ESCALATED, ActionItemEscalated.class);
        records.put(ACTION_ITEM_DEPRIORITISED, ActionItemDeprioritised.class);
        return java.util.Collections.unmodifiableMap(records);
    }
}
