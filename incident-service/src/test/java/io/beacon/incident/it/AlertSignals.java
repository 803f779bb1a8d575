package io.beacon.incident.it;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.SloBreach;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Object mother for the integration event alert-gateway publishes. */
public final class AlertSignals {

    static final Instant STARTS_AT = Instant.parse("2026-11-22T03:00:00Z");

    private AlertSignals() {
    }

    public static AlertSignalReceived firing(String service, String alertName, String fingerprint) {
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), AlertSignalReceived.SCHEMA_VERSION,
                "alertmanager", service, fingerprint, SignalStatus.FIRING, alertName,
                "Error budget burn <!channel> on " + service, "5xx ratio above 1.44% for 1h", Severity.CRITICAL,
                "page", new SloBreach("sloth", "requests-availability", 14.4, "1h", "5m", null),
                "https://runbooks.example.com/" + service, "http://prometheus:9090/graph", STARTS_AT, null,
                "{}:{alertname=\"" + alertName + "\"}", "http://alertmanager:9093",
                Map.of("service", service, "alertname", alertName, "sloth_severity", "page"),
                Map.of("summary", "Error budget burn on " + service));
    }

    /** The same alert delivered again (a re-send or a Kafka redelivery): a new event id, the same alert. */
    static AlertSignalReceived resent(AlertSignalReceived signal) {
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), signal.schemaVersion(), signal.source(),
                signal.serviceKey(), signal.dedupKey(), signal.status(), signal.alertName(), signal.title(),
                signal.description(), signal.severity(), signal.sourceSeverity(), signal.slo(), signal.runbookUrl(),
                signal.generatorUrl(), signal.startsAt(), signal.endsAt(), signal.groupKey(), signal.externalUrl(),
                signal.labels(), signal.annotations());
    }

    /** The alert resolved. */
    static AlertSignalReceived resolved(AlertSignalReceived signal) {
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), signal.schemaVersion(), signal.source(),
                signal.serviceKey(), signal.dedupKey(), SignalStatus.RESOLVED, signal.alertName(), signal.title(),
                signal.description(), signal.severity(), signal.sourceSeverity(), signal.slo(), signal.runbookUrl(),
                signal.generatorUrl(), signal.startsAt(), Instant.now(), signal.groupKey(), signal.externalUrl(),
                signal.labels(), signal.annotations());
    }

    /** The same alert firing again later: a new outage. */
    static AlertSignalReceived refired(AlertSignalReceived signal, Instant startsAt) {
        return new AlertSignalReceived(UUID.randomUUID(), Instant.now(), signal.schemaVersion(), signal.source(),
                signal.serviceKey(), signal.dedupKey(), SignalStatus.FIRING, signal.alertName(), signal.title(),
                signal.description(), signal.severity(), signal.sourceSeverity(), signal.slo(), signal.runbookUrl(),
                signal.generatorUrl(), startsAt, null, signal.groupKey(), signal.externalUrl(), signal.labels(),
                signal.annotations());
    }
}
