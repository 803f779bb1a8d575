package io.beacon.gateway.webhook;

import org.junit.jupiter.api.Test;
import io.beacon.gateway.signal.SignalLimits;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebhookParserTest {

    private final WebhookParser parser = new WebhookParser();

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

    @Test
    void aLabelNameLongerThanJacksonsDefaultLimitIsStillAWebhook() {
        String name = "n".repeat(60_000);

        AlertmanagerWebhook webhook = parse("{\"version\":\"4\",\"alerts\":[{\"labels\":{\"" + name + "\":\"v\"}}]}");

        assertThat(webhook.alerts().getFirst().labels()).containsKey(name);
    }

    @Test
    void aBodyOverTheLimitIsTooLargeEvenWhenItsLengthIsNotDeclared() {
        byte[] body = ("{\"version\":\"4\",\"receiver\":\"" + "x".repeat(SignalLimits.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(body), -1))
                .isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("max_alerts");
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String start = "{\"version\":\"4\",\"receiver\":\"";
        String end = "\"}";
        String json = start + "x".repeat(SignalLimits.MAX_BODY_BYTES - start.length() - end.length()) + end;

        assertThat(parse(json).receiver()).hasSize(SignalLimits.MAX_BODY_BYTES - start.length() - end.length());
    }

    private AlertmanagerWebhook parse(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return parser.parse(new ByteArrayInputStream(body), body.length);
    }
}
