package io.beacon.incident.query;

/** Where an incident stands, as people read it on the list. */
public enum IncidentStatus {
    TRIGGERED,
    ACKNOWLEDGED
}
