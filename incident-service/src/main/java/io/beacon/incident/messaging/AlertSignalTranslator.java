package io.beacon.incident.messaging;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.ServiceKeys;
import io.beacon.contracts.SloBreach;
import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SignalStatus;
import io.beacon.incident.api.SloContext;

/** Maps the integration event onto this service's own vocabulary, so contracts can evolve apart from our store. */
final class AlertSignalTranslator {

    private AlertSignalTranslator() {
    }

    /**
     * The service key, bounded again by the rule the gateway applies ({@link ServiceKeys#bound}): it becomes part of
     * an aggregate id and of varchar(255) columns, and the gateway is not the only possible producer.
     */
    static String serviceKey(AlertSignalReceived received) {
        return ServiceKeys.bound(received.serviceKey());
    }

    static AlertSignal toSignal(AlertSignalReceived received) {
        return new AlertSignal(
                received.source(),
                received.dedupKey(),
                SignalStatus.valueOf(received.status().name()),
                received.alertName(),
                received.title(),
                received.description(),
                Severity.valueOf(received.severity().name()),
                received.sourceSeverity(),
                toSlo(received.slo()),
                received.runbookUrl(),
                received.generatorUrl(),
                received.startsAt(),
                received.endsAt(),
                received.occurredAt(),
                received.labels(),
                received.annotations());
    }

    private static SloContext toSlo(SloBreach slo) {
        if (slo == null) {
            return null;
        }
        return new SloContext(slo.generator(), slo.slo(), slo.burnRate(), slo.longWindow(), slo.shortWindow(),
                slo.exhaustion());
    }
}
