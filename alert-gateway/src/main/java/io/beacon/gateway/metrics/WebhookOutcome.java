package io.beacon.gateway.metrics;

import java.util.Locale;

/** The {@code outcome} tag of {@code beacon.webhook}: a handful of values, so the series stay few. */
enum WebhookOutcome {
    /** 2xx: every alert is on Kafka. */
    ACCEPTED,
    /** 401: no or a wrong token. */
    UNAUTHENTICATED,
    /** 503: Kafka did not acknowledge in time; Alertmanager sends again. */
    UNAVAILABLE,
    /** Any other 4xx: a body that can never be accepted. */
    REFUSED,
    /** Any other answer, or an exception that escaped. */
    ERROR;

    static WebhookOutcome of(int status) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 503 -> UNAVAILABLE;
            default -> status >= 400 && status < 500 ? REFUSED : ERROR;
        };
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
