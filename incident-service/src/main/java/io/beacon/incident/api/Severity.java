package io.beacon.incident.api;

/** How urgent an incident is, normalised from whatever the alert source said. */
public enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO
}
