package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestPostgres;

import java.time.Duration;
import java.util.Map;

/** How the fault-injection tests start alert-gateway and incident-service as processes, and wait for them. */
final class StormPlatform {

    static final String TOKEN = "e2e-storm-token";

    private StormPlatform() {
    }

    static ServiceProcess gateway(String logName, String kafka) {
        return E2eServices.start("alert-gateway", logName, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ALERT_GATEWAY_TOKEN", TOKEN));
    }

    static ServiceProcess incidentService(String logName, String kafka, TestPostgres.Database database,
                                          SlackStandIn slack, String onCallResource) {
        return E2eServices.start("incident-service", logName, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DATABASE_URL", database.jdbcUrl(),
                "DATABASE_USER", database.username(),
                "DATABASE_PASSWORD", database.password(),
                "SLACK_API_URL", slack.apiUrl(),
                "SLACK_BOT_TOKEN", "xoxb-e2e",
                "SLACK_SIGNING_SECRET", "e2e-signing-secret",
                "SLACK_DELIVERY_CLAIM_TIMEOUT", "3s",
                "BEACON_ONCALL_FILE", "file:" + E2eServices.resource(onCallResource).getAbsolutePath(),
                // a killed instance (or a restarted broker) leaves its consumer group member behind: with Kafka's
                // 45 s default session the partitions would wait that long; 6 s is the broker's minimum
                "SPRING_APPLICATION_JSON", """
                        {"spring.cloud.stream.kafka.binder.consumer-properties":
                          {"session.timeout.ms": "6000", "heartbeat.interval.ms": "1000"}}"""));
    }

    static void awaitReady(ServiceProcess... services) {
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(150));
        }
    }
}
