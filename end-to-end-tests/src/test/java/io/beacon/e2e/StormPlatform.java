package io.beacon.e2e;

import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** How the fault-injection tests start alert-gateway and incident-service as processes, and wait for them. */
final class StormPlatform {

    static final String TOKEN = "e2e-storm-token";
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StormPlatform() {
    }

    static ServiceProcess gateway(String logName, String kafka) {
        return ServiceProcess.start("alert-gateway", logName, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ALERT_GATEWAY_TOKEN", TOKEN));
    }

    static ServiceProcess incidentService(String logName, String kafka, TestPostgres.Database database,
                                          SlackStandIn slack, String onCallResource) {
        return ServiceProcess.start("incident-service", logName, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DATABASE_URL", database.jdbcUrl(),
                "DATABASE_USER", database.username(),
                "DATABASE_PASSWORD", database.password(),
                "SLACK_API_URL", slack.apiUrl(),
                "SLACK_BOT_TOKEN", "xoxb-e2e",
                "SLACK_SIGNING_SECRET", "e2e-signing-secret",
                "SLACK_DELIVERY_CLAIM_TIMEOUT", "3s",
                "BEACON_ONCALL_FILE", "file:" + ServiceProcess.resource(onCallResource).getAbsolutePath(),
                // a killed instance (or a restarted broker) leaves its consumer group member behind: with Kafka's
                // 45 s default session the partitions would wait that long; 6 s is the broker's minimum
                "SPRING_APPLICATION_JSON", """
                        {"spring.cloud.stream.kafka.binder.consumer-properties":
                          {"session.timeout.ms": "6000", "heartbeat.interval.ms": "1000"}}"""));
    }

    static void awaitReady(ServiceProcess... services) {
        for (ServiceProcess service : services) {
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(service.alive()).as(service.name() + " died:\n" + service.logTail()).isTrue();
                assertThat(status(service.url("/actuator/health/readiness"))).as(service.name() + " readiness")
                        .isEqualTo(200);
            });
        }
    }

    private static int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
