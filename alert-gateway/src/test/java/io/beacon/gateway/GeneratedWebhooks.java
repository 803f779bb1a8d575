package io.beacon.gateway;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Alertmanager webhooks generated in memory, for bodies too big or too hostile to keep as files: realistic alerts
 * (about 360 bytes each) whose labels and annotations a test can replace.
 */
public final class GeneratedWebhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeneratedWebhooks() {
    }

    /** One webhook of {@code count} distinct firing alerts of service {@code checkout}. */
    public static String ofAlerts(int count) {
        return webhook(count, GeneratedWebhooks::labels, index -> annotations());
    }

    /** One webhook of one alert with these labels and annotations. */
    public static String ofAlert(Map<String, String> labels, Map<String, String> annotations) {
        return webhook(1, index -> labels, index -> annotations);
    }

    public static Map<String, String> labels(int index) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "CheckoutHighLatency");
        labels.put("service", "checkout");
        labels.put("instance", "checkout-" + index + ".prod.example.org:8080");
        labels.put("severity", "warning");
        labels.put("team", "payments");
        return labels;
    }

    public static Map<String, String> annotations() {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", "Checkout p99 latency is above 800 ms");
        annotations.put("description", "The 99th percentile of checkout request latency was above 800 ms for 10 minutes.");
        return annotations;
    }

    private static String webhook(int count, IntFunction<Map<String, String>> labels,
                                  IntFunction<Map<String, String>> annotations) {
        List<Map<String, Object>> alerts = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("status", "firing");
            alert.put("labels", labels.apply(index));
            alert.put("annotations", annotations.apply(index));
            alert.put("startsAt", "2026-11-22T09:14:03.512Z");
            alert.put("endsAt", "0001-01-01T00:00:00Z");
            alert.put("generatorURL", "http://prometheus.example.org:9090/graph?g0.expr=latency");
            alert.put("fingerprint", String.format("%016x", index));
            alerts.add(alert);
        }
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("version", "4");
        webhook.put("groupKey", "{}:{service=\"checkout\"}");
        webhook.put("truncatedAlerts", 0);
        webhook.put("status", "firing");
        webhook.put("receiver", "beacon");
        webhook.put("groupLabels", Map.of("service", "checkout"));
        webhook.put("commonLabels", Map.of("service", "checkout"));
        webhook.put("commonAnnotations", Map.of());
        webhook.put("externalURL", "http://alertmanager.example.org:9093");
        webhook.put("alerts", alerts);
        return JSON.writeValueAsString(webhook);
    }
}
