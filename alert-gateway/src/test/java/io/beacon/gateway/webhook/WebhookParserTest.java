package io.beacon.gateway.webhook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebhookParserTest {

    private final WebhookParser parser = new WebhookParser(JsonMapper.builder().build());

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        AlertmanagerWebhook webhook = parse("""
                {"version":"4","groupKey":"{}:{}","truncatedAlerts":2,"status":"firing","receiver":"beacon",
                 "groupLabels":{"service":"checkout"},"commonLabels":{"service":"checkout"},
                 "commonAnnotations":{"summary":"s"},"externalURL":"http://am:9093","newField":[1,2],
                 "alerts":[{"status":"firing","labels":{"service":"checkout"},"annotations":{"summary":"s"},
                   "startsAt":"2026-11-22T09:14:03Z","endsAt":"0001-01-01T00:00:00Z",
                   "generatorURL":"http://prom:9090","fingerprint":"5f3e1c2a9b7d4e60","silencedBy":[]}]}
                """);

        assertThat(webhook.truncatedAlerts()).isEqualTo(2);
        assertThat(webhook.receiver()).isEqualTo("beacon");
        assertThat(webhook.groupLabels()).containsEntry("service", "checkout");
        assertThat(webhook.commonAnnotations()).containsEntry("summary", "s");
        assertThat(webhook.externalUrl()).isEqualTo("http://am:9093");
        assertThat(webhook.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.generatorUrl()).isEqualTo("http://prom:9090");
            assertThat(alert.fingerprint()).isEqualTo("5f3e1c2a9b7d4e60");
            assertThat(alert.endsAt()).isEqualTo("0001-01-01T00:00:00Z");
        });
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        var refused = catchThrowableOfType(MalformedWebhookException.class, () -> parse("{\"version\": 4,"));

        assertThat(refused.getMessage()).startsWith("The body is not valid JSON");
        assertThat(refused.violations()).isEmpty();
    }

    @Test
    void refusesAnEmptyBodyAndJsonNull() {
        assertThat(catchThrowableOfType(MalformedWebhookException.class, () -> parse("  ")))
                .hasMessage("The body is empty");
        assertThat(catchThrowableOfType(MalformedWebhookException.class, () -> parse("null")))
                .hasMessage("The body is JSON null");
    }

    @Test
    void pointsAtJsonOfTheWrongShape() {
        var refused = catchThrowableOfType(MalformedWebhookException.class,
                () -> parse("{\"version\":\"4\",\"alerts\":[{\"labels\":[\"not\",\"a\",\"map\"]}]}"));

        assertThat(refused.violations()).extracting(Violation::pointer).containsExactly("/alerts/0/labels");
    }

    private AlertmanagerWebhook parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
