package io.beacon.gateway.signal;

import java.util.Map;

/**
 * Which service an alert is about: label {@code service}, else {@code sloth_service}, else {@code job}, else
 * {@value #UNKNOWN}. An alert without any of them is still a real alert, so it is kept under {@value #UNKNOWN}
 * rather than rejected.
 */
public final class ServiceKeyRule {

    public static final String UNKNOWN = "unknown";

    private ServiceKeyRule() {
    }

    public static String serviceKey(Map<String, String> labels) {
        String key = FirstPresent.in(labels, "service", "sloth_service", "job");
        return key != null ? key : UNKNOWN;
    }
}
