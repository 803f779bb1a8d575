package io.beacon.gateway;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.BoundedText;
import io.beacon.contracts.ServiceKeys;
import io.beacon.gateway.signal.SignalLimits;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Everything accepted is processed": oversized and hostile alerts are answered 202 and arrive on Kafka cut to
 * {@link SignalLimits}, never refused and never too big for what comes after; only a group above
 * {@link SignalLimits#MAX_ALERTS_PER_WEBHOOK} alerts is refused, telling the operator to set {@code max_alerts}.
 */
class OversizedAlertsIntegrationTest extends KafkaBackedGatewayTest {

    private static final String LONG_SERVICE = "checkout-" + "x".repeat(291);

    @Test
    void aLongServiceLabelBecomesABoundedKeyThatIsTheSameOnEverySend() {
        String webhook = GeneratedWebhooks.ofAlert(Map.of("alertname", "A", "service", LONG_SERVICE),
                GeneratedWebhooks.annotations());

        AlertSignalReceived first = onlySignal(gateway().postWebhook(webhook, NEW_TOKEN));
        AlertSignalReceived second = onlySignal(gateway().postWebhook(webhook, NEW_TOKEN));

        assertThat(first.serviceKey()).hasSizeLessThanOrEqualTo(ServiceKeys.MAX_LENGTH)
                .startsWith("checkout-xxx").matches(".*~[0-9a-f]{12}");
        assertThat(second.serviceKey()).isEqualTo(first.serviceKey());
        assertThat(first.labels().get("service")).startsWith("checkout-xxx");
    }

    @Test
    void aLongSummaryAndDescriptionAreCutWithAMarker() {
        String webhook = GeneratedWebhooks.ofAlert(Map.of("alertname", "A", "service", "checkout"),
                Map.of("summary", "s".repeat(5_000), "description", "d".repeat(50_000)));

        AlertSignalReceived signal = onlySignal(gateway().postWebhook(webhook, NEW_TOKEN));

        assertThat(signal.title()).hasSize(SignalLimits.MAX_TITLE_CHARS).startsWith("sss").endsWith(BoundedText.MARKER);
        assertThat(signal.description()).hasSize(SignalLimits.MAX_DESCRIPTION_CHARS).endsWith(BoundedText.MARKER);
        assertThat(signal.annotations().get("summary")).endsWith(BoundedText.MARKER);
    }

    @Test
    void aThousandLabelsAreBoundedAndTheCutIsMarked() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int index = 0; index < 1_000; index++) {
            labels.put("label_" + index, "value " + index);
        }
        labels.put("alertname", "ManyLabels");
        labels.put("service", "checkout");

        AlertSignalReceived signal = onlySignal(gateway().postWebhook(
                GeneratedWebhooks.ofAlert(labels, Map.of()), NEW_TOKEN));

        assertThat(signal.labels()).hasSize(SignalLimits.MAX_LABELS + 1)
                .containsEntry("alertname", "ManyLabels").containsEntry("service", "checkout")
                .containsKey(SignalLimits.DROPPED_LABELS_LABEL);
        assertThat(signal.labels().get(SignalLimits.DROPPED_LABELS_LABEL)).contains("938");
        assertThat(signal.serviceKey()).isEqualTo("checkout");
    }

    @Test
    void slackMentionSyntaxIsKeptAsData() {
        AlertSignalReceived signal = onlySignal(gateway().postWebhook(GeneratedWebhooks.ofAlert(
                Map.of("alertname", "<!channel>", "service", "checkout"),
                Map.of("summary", "<!channel> <@U123> *bold* <https://evil.example|click>")), NEW_TOKEN));

        assertThat(signal.alertName()).isEqualTo("<!channel>");
        assertThat(signal.title()).isEqualTo("<!channel> <@U123> *bold* <https://evil.example|click>");
    }

    @Test
    void aGroupOfFiveThousandAlertsIsAcceptedWhole() {
        String webhook = GeneratedWebhooks.ofAlerts(5_000);
        assertThat(webhook.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_700_000);

        HttpResponse<String> response = gateway().postWebhook(webhook, NEW_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        List<UUID> eventIds = eventIds(response);
        assertThat(eventIds).hasSize(5_000).doesNotHaveDuplicates();
        assertThat(records(eventIds)).hasSize(5_000).allSatisfy(record -> assertThat(record).isNotNull());
    }

    @Test
    void aGroupOfTheMostAlertsAllowedIsAccepted() {
        HttpResponse<String> response = gateway().postWebhook(
                GeneratedWebhooks.ofAlerts(SignalLimits.MAX_ALERTS_PER_WEBHOOK), NEW_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).path("accepted").asInt()).isEqualTo(SignalLimits.MAX_ALERTS_PER_WEBHOOK);
    }

    @Test
    void oneAlertMoreIsRefusedWithAdviceToSetMaxAlerts() {
        HttpResponse<String> response = gateway().postWebhook(
                GeneratedWebhooks.ofAlerts(SignalLimits.MAX_ALERTS_PER_WEBHOOK + 1), NEW_TOKEN);

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = body(response);
        assertThat(problem.path("type").asString()).isEqualTo("urn:beacon:problem:payload-too-large");
        assertThat(problem.path("detail").asString()).contains("max_alerts").contains("10000");
    }

    private AlertSignalReceived onlySignal(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(202);
        ConsumerRecord<String, String> record = records(eventIds(response)).getFirst();
        AlertSignalReceived signal = json.readValue(record.value(), AlertSignalReceived.class);
        assertThat(record.key()).isEqualTo(signal.serviceKey());
        return signal;
    }

    private List<UUID> eventIds(HttpResponse<String> response) {
        return body(response).path("eventIds").valueStream().map(id -> UUID.fromString(id.asString())).toList();
    }

    private List<ConsumerRecord<String, String>> records(List<UUID> eventIds) {
        return AlertSignalsTopic.awaitRecords(TestKafka.bootstrapServers(), json, eventIds);
    }
}
