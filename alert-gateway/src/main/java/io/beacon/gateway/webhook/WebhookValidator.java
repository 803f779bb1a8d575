package io.beacon.gateway.webhook;

import io.beacon.contracts.SignalStatus;
import io.beacon.gateway.signal.SignalLimits;
import io.beacon.gateway.signal.SourceAlert;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a parsed body is a version 4 webhook whose every alert can be identified, and lists every
 * violation at once (Alertmanager never retries a 4xx, so its operator gets one chance to read them all).
 * Only what makes an alert unusable is a violation; everything else has a default further on, and a field too long
 * is cut further on, never refused. More alerts than {@link SignalLimits#MAX_ALERTS_PER_WEBHOOK} is a 413.
 */
@Component
public class WebhookValidator {

    static final String SUPPORTED_VERSION = "4";

    /** Go's zero time: Alertmanager's {@code endsAt} while the alert still fires. */
    static final Instant STILL_FIRING = Instant.parse("0001-01-01T00:00:00Z");

    public List<SourceAlert> validate(AlertmanagerWebhook webhook) {
        List<AlertmanagerAlert> alerts = webhook.alerts() == null ? List.of() : webhook.alerts();
        if (alerts.size() > SignalLimits.MAX_ALERTS_PER_WEBHOOK) {
            throw new PayloadTooLargeException("The webhook carries " + alerts.size() + " alerts, more than the "
                    + SignalLimits.MAX_ALERTS_PER_WEBHOOK + " accepted in one delivery; set max_alerts: "
                    + SignalLimits.MAX_ALERTS_PER_WEBHOOK + " (or lower) in the Alertmanager webhook_config");
        }
        List<Violation> violations = new ArrayList<>();
        if (!SUPPORTED_VERSION.equals(webhook.version())) {
            violations.add(new Violation("/version", "must be \"4\" (Alertmanager webhook payload version 4), was "
                    + (webhook.version() == null ? "missing" : "\"" + webhook.version() + "\"")));
        }
        if (alerts.isEmpty()) {
            violations.add(new Violation("/alerts", "must contain at least one alert"));
        }
        List<SourceAlert> accepted = new ArrayList<>();
        for (int index = 0; index < alerts.size(); index++) {
            String at = Violation.pointer("/alerts", index);
            SourceAlert alert = alert(webhook, alerts.get(index), at, violations);
            if (alert != null) {
                accepted.add(alert);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidWebhookException(violations);
        }
        return accepted;
    }

    private static SourceAlert alert(AlertmanagerWebhook webhook, AlertmanagerAlert alert, String at,
                                     List<Violation> violations) {
        if (alert == null) {
            violations.add(new Violation(at, "must be an alert object"));
            return null;
        }
        int before = violations.size();
        SignalStatus status = status(alert.status(), at, violations);
        if (alert.fingerprint() == null || alert.fingerprint().isBlank()) {
            violations.add(new Violation(Violation.pointer(at, "fingerprint"), "is required"));
        }
        Map<String, String> labels = withoutNulls(alert.labels());
        if (labels.isEmpty()) {
            violations.add(new Violation(Violation.pointer(at, "labels"), "must contain at least one label"));
        }
        Instant startsAt = timestamp(alert.startsAt(), Violation.pointer(at, "startsAt"), true, violations);
        Instant endsAt = timestamp(alert.endsAt(), Violation.pointer(at, "endsAt"), false, violations);
        if (violations.size() > before) {
            return null;
        }
        return new SourceAlert(status, labels, withoutNulls(alert.annotations()), startsAt,
                STILL_FIRING.equals(endsAt) ? null : endsAt, alert.generatorUrl(), alert.fingerprint().strip(),
                webhook.groupKey(), webhook.externalUrl());
    }

    private static SignalStatus status(String status, String at, List<Violation> violations) {
        if (status != null) {
            switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "firing" -> {
                    return SignalStatus.FIRING;
                }
                case "resolved" -> {
                    return SignalStatus.RESOLVED;
                }
                default -> {
                }
            }
        }
        violations.add(new Violation(Violation.pointer(at, "status"), "must be \"firing\" or \"resolved\""));
        return null;
    }

    private static Instant timestamp(String text, String pointer, boolean required, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new Violation(pointer, "is required (RFC 3339 timestamp)"));
            }
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException unparsable) {
            violations.add(new Violation(pointer, "must be an RFC 3339 timestamp such as 2026-01-31T12:00:00Z"));
            return null;
        }
    }

    /** JSON null values carry nothing and would break the contract's immutable maps. */
    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> {
                if (name != null && value != null) {
                    kept.put(name, value);
                }
            });
        }
        return kept;
    }
}
