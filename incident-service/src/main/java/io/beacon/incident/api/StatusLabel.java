package io.beacon.incident.api;

import java.util.Locale;

/** The label a status update carries; posting one moves the incident to the matching status. */
public enum StatusLabel {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    public IncidentStatus status() {
        return IncidentStatus.valueOf(name());
    }

    public static StatusLabel parse(String text) {
        try {
            return valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Status must be one of Investigating, Identified, Monitoring, Resolved, got '" + text + "'");
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
