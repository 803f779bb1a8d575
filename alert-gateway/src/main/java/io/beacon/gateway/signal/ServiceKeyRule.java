package io.beacon.gateway.signal;

import io.beacon.contracts.ServiceKeys;

import java.util.List;
import java.util.Map;

/**
 * Which service an alert is about: label {@code service}, else {@code sloth_service}, else {@code job}, else
 * {@value #UNKNOWN}. An alert without any of them is still a real alert, so it is kept under {@value #UNKNOWN}
 * rather than rejected. The key is bounded by {@link ServiceKeys#bound} (the rule consumers apply too): at most
 * {@link SignalLimits#MAX_SERVICE_KEY_CHARS} chars, no control characters, a hash of the whole name when cut. It is
 * read from the labels as sent, before {@link BoundedFields} cuts them, so that the hash covers the whole name.
 */
public final class ServiceKeyRule {

    public static final String UNKNOWN = "unknown";
    private static final List<String> SERVICE_LABELS = List.of("service", "sloth_service", "job");

    private ServiceKeyRule() {
    }

    public static String serviceKey(Map<String, String> labels) {
        for (String name : SERVICE_LABELS) {
            String key = ServiceKeys.bound(labels.get(name));
            if (key != null && !key.isBlank()) {
                return key;
            }
        }
        return UNKNOWN;
    }
}
