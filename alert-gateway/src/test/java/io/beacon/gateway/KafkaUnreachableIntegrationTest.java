package io.beacon.gateway;

import org.apache.kafka.common.Metric;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka is down: the gateway still starts, and refuses alerts with a retryable 503 well within 10 s.
 * The context is closed afterwards so that its producer stops reconnecting to nothing.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "beacon.gateway.tokens=" + KafkaUnreachableIntegrationTest.TOKEN,
                "spring.kafka.producer.properties[max.block.ms]=1000",
                "spring.kafka.admin.operation-timeout=1s",
                "spring.kafka.admin.close-timeout=1s"})
class KafkaUnreachableIntegrationTest {

    static final String TOKEN = "token-for-an-outage";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void kafkaNobodyListensOn(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedLoopbackPort());
    }

    @Test
    void answersARetryable503AndPublishesNothing() {
        long started = System.nanoTime();

        HttpResponse<String> response = new GatewayHttp(port).postWebhook(Fixtures.read(Fixtures.SLOTH_PAGE), TOKEN);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:beacon:problem:signal-not-durable");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("eventIds")).isFalse();
        assertThat(producerMetric("record-send-total")).isZero();
    }

    @Test
    void startsAndIsReadyWhileKafkaIsDown() {
        HttpResponse<String> response = new GatewayHttp(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private double producerMetric(String name) {
        Metric metric = kafka.metrics().entrySet().stream()
                .filter(entry -> entry.getKey().group().equals("producer-metrics") && entry.getKey().name().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("The producer has no metric " + name));
        return ((Number) metric.metricValue()).doubleValue();
    }

    private static int closedLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
