package io.beacon.gateway.signal;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.SloBreach;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Turns one alert into the {@link AlertSignalReceived} that the rest of Beacon consumes. */
@Component
public class AlertSignalMapper {

    public static final String SOURCE = "alertmanager";
    private static final String UNNAMED_ALERT = "Unnamed alert";

    private final Clock clock;

    public AlertSignalMapper(Clock clock) {
        this.clock = clock;
    }

    public AlertSignalReceived toSignal(SourceAlert alert) {
        Map<String, String> labels = alert.labels();
        Map<String, String> annotations = alert.annotations();
        String alertName = FirstPresent.in(labels, "alertname");
        String sourceSeverity = SeverityNormalisation.sourceSeverity(labels);
        SloBreach slo = SloRecognitionPolicy.recognise(labels, annotations);
        return new AlertSignalReceived(
                UUID.randomUUID(),
                clock.instant(),
                AlertSignalReceived.SCHEMA_VERSION,
                SOURCE,
                ServiceKeyRule.serviceKey(labels),
                alert.fingerprint(),
                alert.status(),
                alertName,
                title(annotations, alertName),
                FirstPresent.in(annotations, "description", "message"),
                SeverityNormalisation.normalise(sourceSeverity),
                sourceSeverity,
                slo,
                FirstPresent.in(annotations, "runbook_url", "runbook", "runbookURL"),
                alert.generatorUrl(),
                alert.startsAt(),
                alert.endsAt(),
                alert.groupKey(),
                alert.externalUrl(),
                labels,
                annotations);
    }

    private static String title(Map<String, String> annotations, String alertName) {
        String title = FirstPresent.in(annotations, "summary", "title");
        if (title != null) {
            return title;
        }
        return alertName != null ? alertName : UNNAMED_ALERT;
    }
}
