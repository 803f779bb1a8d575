package io.beacon.incident.api;

import java.util.Locale;

/** How bad an incident is, as people say it: SEV1 (worst) to SEV4. */
public enum IncidentSeverity {
    SEV1,
    SEV2,
    SEV3,
    SEV4;

    /** The alert's normalised severity, mapped one to one: critical is SEV1, info is SEV4. */
    public static IncidentSeverity of(Severity alertSeverity) {
        return switch (alertSeverity) {
            case CRITICAL -> SEV1;
            case ERROR -> SEV2;
            case WARNING -> SEV3;
            case INFO -> SEV4;
        };
    }

    /** Accepts {@code SEV2}, {@code sev2} or {@code 2}; anything else is refused with the values allowed. */
    public static IncidentSeverity parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (value.matches("[1-4]")) {
            value = "SEV" + value;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Severity must be one of SEV1, SEV2, SEV3, SEV4, got '" + text + "'");
        }
    }

    public boolean isWorseThan(IncidentSeverity other) {
        return ordinal() < other.ordinal();
    }
}
