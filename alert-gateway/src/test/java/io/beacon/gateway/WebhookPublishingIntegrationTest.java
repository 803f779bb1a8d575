package io.beacon.gateway;

import io.beacon.contracts.Topics;
import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Severity;
import io.beacon.contracts.SignalStatus;
import io.beacon.contracts.SloBreach;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPublishingIntegrationTest extends KafkaBackedGatewayTest {

    @Test
    void aSlothPageIsOnTheTopicBeforeTheWebhookIsAnswered() {
        HttpResponse<String> response = gateway().postWebhook(Fixtures.read(Fixtures.SLOTH_PAGE), NEW_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        List<UUID> eventIds = eventIds(response);
        assertThat(body(response).path("accepted").asInt()).isEqualTo(1);
        assertThat(eventIds).hasSize(1);

        ConsumerRecord<String, String> record = records(eventIds).getFirst();
        assertThat(record.key()).isEqualTo("checkout");
        assertThat(eventType(record)).isEqualTo("AlertSignalReceived");

        JsonNode value = json.readTree(record.value());
        assertThat(value.path("startsAt").isString()).isTrue();
        assertThat(value.path("startsAt").asString()).isEqualTo("2026-11-22T09:14:03.512Z");
        assertThat(value.path("occurredAt").isString()).isTrue();
        assertThat(value.path("endsAt").isNull()).isTrue();

        AlertSignalReceived signal = json.readValue(record.value(), AlertSignalReceived.class);
        assertThat(signal.eventId()).isEqualTo(eventIds.getFirst());
        assertThat(signal.schemaVersion()).isEqualTo(1);
        assertThat(signal.source()).isEqualTo("alertmanager");
        assertThat(signal.serviceKey()).isEqualTo("checkout");
        assertThat(signal.dedupKey()).isEqualTo("5f3e1c2a9b7d4e60");
        assertThat(signal.status()).isEqualTo(SignalStatus.FIRING);
        assertThat(signal.alertName()).isEqualTo("CheckoutAvailabilityBudgetBurn");
        assertThat(signal.title()).isEqualTo("checkout requests-availability SLO error budget burn rate is over expected.");
        assertThat(signal.description()).isEqualTo("More than 2% of the 30-day error budget was spent in the last hour.");
        assertThat(signal.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(signal.sourceSeverity()).isEqualTo("critical");
        assertThat(signal.slo()).isEqualTo(new SloBreach("sloth", "requests-availability", null, null, null, null));
        assertThat(signal.runbookUrl()).isEqualTo("https://runbooks.example.org/checkout/availability");
        assertThat(signal.generatorUrl()).startsWith("http://prometheus.example.org:9090/graph?");
        assertThat(signal.startsAt()).isEqualTo(Instant.parse("2026-11-22T09:14:03.512Z"));
        assertThat(signal.endsAt()).isNull();
        assertThat(signal.occurredAt()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(signal.groupKey()).isEqualTo("{}:{alertname=\"CheckoutAvailabilityBudgetBurn\", sloth_service=\"checkout\"}");
        assertThat(signal.externalUrl()).isEqualTo("http://alertmanager.example.org:9093");
        assertThat(signal.labels()).hasSize(8).containsEntry("sloth_id", "checkout-requests-availability");
        assertThat(signal.annotations()).hasSize(4).containsKey("title");
    }

    @Test
    void aPyrraGroupPublishesEachAlertWithItsBurnRate() {
        HttpResponse<String> response = gateway().postWebhook(Fixtures.read(Fixtures.PYRRA_ERROR_BUDGET_BURN), OLD_TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(body(response).path("accepted").asInt()).isEqualTo(2);
        List<ConsumerRecord<String, String>> records = records(eventIds(response));

        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo("payments-api");
            assertThat(eventType(record)).isEqualTo("AlertSignalReceived");
        });
        AlertSignalReceived fast = json.readValue(records.get(0).value(), AlertSignalReceived.class);
        AlertSignalReceived slow = json.readValue(records.get(1).value(), AlertSignalReceived.class);

        assertThat(fast.status()).isEqualTo(SignalStatus.FIRING);
        assertThat(fast.dedupKey()).isEqualTo("a1b2c3d4e5f60718");
        assertThat(fast.title()).isEqualTo("ErrorBudgetBurn");
        assertThat(fast.runbookUrl()).isEqualTo("https://runbooks.example.org/payments-api/errors");
        assertThat(fast.slo()).isEqualTo(new SloBreach("pyrra", "payments-api-errors", 14.4, "1h", "5m", "2d"));

        assertThat(slow.status()).isEqualTo(SignalStatus.RESOLVED);
        assertThat(slow.endsAt()).isEqualTo(Instant.parse("2026-11-22T09:17:30Z"));
        assertThat(slow.slo()).isEqualTo(new SloBreach("pyrra", "payments-api-errors", 6.0, "6h", "30m", "5d"));
        assertThat(slow.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void bothTokensOfARotationAreAccepted() {
        String webhook = Fixtures.read(Fixtures.SLOTH_PAGE);

        assertThat(gateway().postWebhook(webhook, OLD_TOKEN).statusCode()).isEqualTo(202);
        assertThat(gateway().postWebhook(webhook, NEW_TOKEN).statusCode()).isEqualTo(202);
    }

    private List<UUID> eventIds(HttpResponse<String> response) {
        return body(response).path("eventIds").valueStream().map(id -> UUID.fromString(id.asString())).toList();
    }

    private List<ConsumerRecord<String, String>> records(List<UUID> eventIds) {
        return AlertSignalsTopic.awaitRecords(TestKafka.bootstrapServers(), json, eventIds);
    }

    private static String eventType(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader(Topics.EVENT_TYPE_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
