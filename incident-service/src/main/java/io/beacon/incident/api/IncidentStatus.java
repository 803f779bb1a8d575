package io.beacon.incident.api;

/** Where an incident stands: triggered, acknowledged, then the commander's status labels, resolved. */
public enum IncidentStatus {
    TRIGGERED,
    ACKNOWLEDGED,
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
