package io.beacon.contracts;

/** The label of an incident status update; the first {@code MONITORING} update marks the incident mitigated. */
public enum StatusLabel {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED
}
