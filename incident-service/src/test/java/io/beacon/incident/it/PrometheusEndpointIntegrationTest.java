package io.beacon.incident.it;

import io.beacon.contracts.AlertSignalReceived;
import io.beacon.contracts.Topics;
import io.beacon.testkit.PrometheusScrape;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scrape a benchmark or Prometheus reads, over real HTTP without a token, after an alert went all the way to a
 * page in the Slack stand-in: the intake and page-latency timers count it, with histogram buckets, and the Kafka
 * consumer's lag is there.
 */
class PrometheusEndpointIntegrationTest extends ApiIntegrationTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAlertPagedThroughSlackIsTimedFromItsReceiptAtTheGateway() throws Exception {
        String service = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        PrometheusScrape before = PrometheusScrape.of(port);
        double pagesBefore = before.timerCount("beacon_page_latency_seconds", Map.of());
        Map<String, String> open = Map.of("stage", "open");
        Map<String, String> deliver = Map.of("stage", "deliver");
        double opensBefore = before.timerCount("beacon_page_stage_seconds", open);
        double deliveriesBefore = before.timerCount("beacon_page_stage_seconds", deliver);

        publish(AlertSignals.firing(service, "MetricsBudgetBurn", UUID.randomUUID().toString()));
        String id = await().until(() -> anonymous.list("?service=" + service), list -> list.size() == 1)
                .getFirst().get("id").asString();
        anonymous.settledTimeline(id);

        PrometheusScrape scrape = PrometheusScrape.of(port);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.timerCount("beacon_page_latency_seconds", Map.of())).isGreaterThanOrEqualTo(pagesBefore + 1);
        assertThat(scrape.bucketCount("beacon_page_latency_seconds", Map.of())).isGreaterThan(10);
        // the same page, split at the incident's declaration
        assertThat(scrape.timerCount("beacon_page_stage_seconds", open)).isGreaterThanOrEqualTo(opensBefore + 1);
        assertThat(scrape.timerCount("beacon_page_stage_seconds", deliver)).isGreaterThanOrEqualTo(deliveriesBefore + 1);
        Map<String, String> firing = Map.of("status", "firing");
        assertThat(scrape.timerCount("beacon_signal_intake_seconds", firing)).isGreaterThanOrEqualTo(1);
        assertThat(scrape.bucketCount("beacon_signal_intake_seconds", firing)).isGreaterThan(10);
        // the alert-signals binding's consumer, bound by the binder's Micrometer listener
        assertThat(scrape.series("kafka_consumer_fetch_manager_records_lag_max", Map.of()))
                .anySatisfy(lag -> assertThat(lag.labels().get("spring_id")).startsWith("beacon.alert-signals.v1.consumer"));
        // and not the binder's own lag gauge, whose shutdown can deadlock (BinderLagMetricsOff)
        assertThat(scrape.series("spring_cloud_stream_binder_kafka_offset", Map.of())).isEmpty();
        System.out.printf("beacon.page.latency: count %.0f, sum %.3f s; beacon.signal.intake firing: count %.0f, "
                        + "sum %.3f s%n",
                scrape.timerCount("beacon_page_latency_seconds", Map.of()),
                scrape.sum("beacon_page_latency_seconds_sum", Map.of()),
                scrape.timerCount("beacon_signal_intake_seconds", firing),
                scrape.sum("beacon_signal_intake_seconds_sum", firing));
    }

    @Test
    void theAggregateCacheReportsItsSizeBesideItsCapacity() throws Exception {
        PrometheusScrape scrape = PrometheusScrape.of(port);
        // room for a flood of 10,000 new services: each one's incident and correlation (application.yml)
        assertThat(scrape.sum("beacon_aggregate_cache_capacity", Map.of())).isEqualTo(20_000);
        assertThat(scrape.series("beacon_aggregate_cache_size", Map.of())).hasSize(1);
    }

    @Test
    void nothingElseOfTheActuatorIsOpen() throws Exception {
        assertThat(anonymous.get("/actuator/env").statusCode()).isIn(401, 404);
        assertThat(anonymous.get("/actuator/heapdump").statusCode()).isIn(401, 404);
        assertThat(commander.get("/actuator/env").statusCode()).isIn(403, 404);
    }

    private static void publish(AlertSignalReceived signal) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ALERT_SIGNALS, signal.serviceKey(),
                    json.writeValueAsString(signal));
            record.headers().add(Topics.EVENT_TYPE_HEADER, "AlertSignalReceived".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
