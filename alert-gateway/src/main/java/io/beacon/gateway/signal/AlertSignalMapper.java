package io.beacon.gateway.signal;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.BoundedText;
import io.beacon.contracts.EventIds;
import io.beacon.contracts.SloBreach;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/** Turns one alert into the {@link AlertSignalReceived} that the rest of Beacon consumes. */
@Component
public class AlertSignalMapper {

    public static final String SOURCE = "alertmanager";
    private static final String UNNAMED_ALERT = "Unnamed alert";

    private final Clock clock;

    public AlertSignalMapper(Clock clock) {
        this.clock = clock;
    }

    /**
     * Everything Beacon reads is read from the alert as sent, then cut to {@link SignalLimits}: a field is never
     * refused, and the record never outgrows a column, a Kafka message or a chat message.
     */
    public AlertSignalReceived toSignal(SourceAlert alert) {
        Map<String, String> labels = alert.labels();
        Map<String, String> annotations = alert.annotations();
        String alertName = FirstPresent.in(labels, "alertname");
        String sourceSeverity = SeverityNormalisation.sourceSeverity(labels);
        return new AlertSignalReceived(
                EventIds.random(), // UUID.randomUUID() without its one lock per process
                clock.instant(),
                AlertSignalReceived.SCHEMA_VERSION,
                SOURCE,
                ServiceKeyRule.serviceKey(labels),
                BoundedText.identifier(alert.fingerprint(), SignalLimits.MAX_DEDUP_KEY_CHARS),
                alert.status(),
                shortText(alertName),
                BoundedText.cut(title(annotations, alertName), SignalLimits.MAX_TITLE_CHARS),
                BoundedText.cut(FirstPresent.in(annotations, "description", "message"),
                        SignalLimits.MAX_DESCRIPTION_CHARS),
                SeverityNormalisation.normalise(sourceSeverity),
                shortText(sourceSeverity),
                bounded(SloRecognitionPolicy.recognise(labels, annotations)),
                url(FirstPresent.in(annotations, "runbook_url", "runbook", "runbookURL")),
                url(alert.generatorUrl()),
                alert.startsAt(),
                alert.endsAt(),
                BoundedText.cut(alert.groupKey(), SignalLimits.MAX_GROUP_KEY_CHARS),
                url(alert.externalUrl()),
                BoundedFields.labels(labels),
                BoundedFields.annotations(annotations));
    }

    private static SloBreach bounded(SloBreach slo) {
        if (slo == null) {
            return null;
        }
        return new SloBreach(slo.generator(), shortText(slo.slo()), slo.burnRate(), shortText(slo.longWindow()),
                shortText(slo.shortWindow()), shortText(slo.exhaustion()));
    }

    private static String shortText(String text) {
        return BoundedText.cut(text, SignalLimits.MAX_SHORT_TEXT_CHARS);
    }

    private static String url(String url) {
        return BoundedText.cut(url, SignalLimits.MAX_URL_CHARS);
    }

    private static String title(Map<String, String> annotations, String alertName) {
        String title = FirstPresent.in(annotations, "summary", "title");
        if (title != null) {
            return title;
        }
        return alertName != null ? alertName : UNNAMED_ALERT;
    }
}
