package io.beacon.gateway.webhook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Object mother for parsed webhook bodies. */
final class Webhooks {

    static final String FINGERPRINT = "5f3e1c2a9b7d4e60";

    private Webhooks() {
    }

    static AlertmanagerWebhook withAlerts(AlertmanagerAlert... alerts) {
        return withVersion("4", List.of(alerts));
    }

    static AlertmanagerWebhook withVersion(String version, List<AlertmanagerAlert> alerts) {
        return new AlertmanagerWebhook(version, "{}:{service=\"checkout\"}", 0, "firing", "beacon",
                Map.of("service", "checkout"), Map.of("service", "checkout"), Map.of(), "http://alertmanager:9093",
                alerts);
    }

    static AlertmanagerAlert firing() {
        return new AlertmanagerAlert("firing", Map.of("alertname", "CheckoutErrors", "service", "checkout"),
                Map.of("summary", "Checkout fails"), "2026-11-22T09:14:03.512Z", "0001-01-01T00:00:00Z",
                "http://prometheus:9090/graph", FINGERPRINT);
    }

    static AlertmanagerAlert resolved() {
        return new AlertmanagerAlert("resolved", Map.of("alertname", "CheckoutErrors", "service", "checkout"),
                Map.of(), "2026-11-22T09:14:03Z", "2026-11-22T09:44:03Z", null, FINGERPRINT);
    }

    /** A label map with a JSON null value, which Map.of cannot hold. */
    static Map<String, String> labelsWithNullValue() {
        Map<String, String> labels = new HashMap<>();
        labels.put("alertname", "A");
        labels.put("team", null);
        return labels;
    }
}
