package io.beacon.gateway.signal;

import io.beacon.contracts.Severity;

import java.util.Locale;
import java.util.Map;

/**
 * Maps each generator's severity words onto {@link Severity}: Sloth says page|ticket, Pyrra critical|warning,
 * hand-written rules anything. What nobody recognises becomes {@link Severity#WARNING}: loud enough to be seen,
 * not loud enough to wake somebody for a typo.
 */
public final class SeverityNormalisation {

    private static final Map<String, Severity> WORDS = Map.of(
            "page", Severity.CRITICAL,
            "critical", Severity.CRITICAL,
            "error", Severity.ERROR,
            "high", Severity.ERROR,
            "ticket", Severity.WARNING,
            "warning", Severity.WARNING,
            "info", Severity.INFO);

    private SeverityNormalisation() {
    }

    /** The severity as the source wrote it: label {@code severity}, else Sloth's {@code sloth_severity}. */
    public static String sourceSeverity(Map<String, String> labels) {
        return FirstPresent.in(labels, "severity", "sloth_severity");
    }

    public static Severity normalise(String sourceSeverity) {
        if (sourceSeverity == null) {
            return Severity.WARNING;
        }
        return WORDS.getOrDefault(sourceSeverity.strip().toLowerCase(Locale.ROOT), Severity.WARNING);
    }
}
