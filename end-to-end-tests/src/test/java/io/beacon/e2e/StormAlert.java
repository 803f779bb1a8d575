package io.beacon.e2e;

import java.util.HexFormat;

/**
 * One alert of a storm: alert {@code number} of service {@code storm-NN}, sent as its own Alertmanager webhook.
 * Its {@link #id()} is in the alert's summary, which incident-service writes on the timeline entry of the signal,
 * so the test can tell which alert landed and whether one landed twice. Each alert has its own fingerprint, so
 * none is a re-send of another.
 */
record StormAlert(int service, int number) {

    String serviceKey() {
        return "storm-%02d".formatted(service);
    }

    /** Unique across the storm and never a prefix of another id (the closing bracket). */
    String id() {
        return "[storm-%02d/%03d]".formatted(service, number);
    }

    String fingerprint() {
        return HexFormat.of().toHexDigits(service) + HexFormat.of().toHexDigits(number);
    }

    String webhook() {
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"StormBudgetBurn\\", service=\\"%1$s\\"}",
                 "truncatedAlerts": 0, "status": "firing", "receiver": "beacon",
                 "groupLabels": {"alertname": "StormBudgetBurn", "service": "%1$s"},
                 "commonLabels": {"alertname": "StormBudgetBurn", "service": "%1$s"},
                 "commonAnnotations": {}, "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "firing",
                   "labels": {"alertname": "StormBudgetBurn", "service": "%1$s", "severity": "critical",
                              "storm_alert": "%2$d"},
                   "annotations": {"summary": "Storm alert %3$s"},
                   "startsAt": "2026-11-23T03:00:00.000Z", "endsAt": "0001-01-01T00:00:00Z",
                   "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%4$s"}]}
                """.formatted(serviceKey(), number, id(), fingerprint());
    }
}
