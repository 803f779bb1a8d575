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

    /** Every text bounded and cleaned on the way in ({@link SignalBounds}). */
    static AlertSignal toSignal(AlertSignalReceived received) {
        return new AlertSignal(
                text(received.source(), SignalBounds.SOURCE_CHARS),
                SignalBounds.identifier(received.dedupKey(), SignalBounds.DEDUP_KEY_CHARS),
                SignalStatus.valueOf(received.status().name()),
                text(received.alertName(), SignalBounds.SHORT_TEXT_CHARS),
                text(received.title(), SignalBounds.TITLE_CHARS),
                text(received.description(), SignalBounds.DESCRIPTION_CHARS),
                Severity.valueOf(received.severity().name()),
                text(received.sourceSeverity(), SignalBounds.SHORT_TEXT_CHARS),
                toSlo(received.slo()),
                text(received.runbookUrl(), SignalBounds.URL_CHARS),
                text(received.generatorUrl(), SignalBounds.URL_CHARS),
                received.startsAt(),
                received.endsAt(),
                received.occurredAt(),
                SignalBounds.entries(received.labels()),
                SignalBounds.entries(received.annotations()));
    }

    private static SloContext toSlo(SloBreach slo) {
        if (slo == null) {
            return null;
        }
        return new SloContext(text(slo.generator(), SignalBounds.SHORT_TEXT_CHARS),
                text(slo.slo(), SignalBounds.SHORT_TEXT_CHARS), slo.burnRate(),
                text(slo.longWindow(), SignalBounds.SHORT_TEXT_CHARS),
                text(slo.shortWindow(), SignalBounds.SHORT_TEXT_CHARS),
                text(slo.exhaustion(), SignalBounds.SHORT_TEXT_CHARS));
    }

    private static String text(String text, int maxChars) {
        return SignalBounds.text(text, maxChars);
    }
}
