package io.beacon.incident.it;

import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

/**
 * One running incident-service (real PostgreSQL and Kafka, a Slack stand-in nobody asserts on) shared by the API's
 * integration tests, with a responder's and a commander's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed after each class: Spring 7 pauses an idle cached context and restarts it on reuse, and Axon's pooled
// processors and db-scheduler cannot start again once stopped (other test classes run in between)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ApiIntegrationTest {

    static final String RESPONDER = "responder-token-1";
    static final String COMMANDER = "commander-token-1";
    /** Shared by the subclasses' contexts, one after another. */
    static final SlackStandIn slack = SlackStandIn.start();

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @LocalServerPort
    int port;
    ApiClient anonymous;
    ApiClient responder;
    ApiClient commander;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_api").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> "test-signing-secret");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
        registry.add("beacon.api.tokens", () -> "rita:responder:" + RESPONDER + ", cora:commander:" + COMMANDER);
        // its own consumer group: another test context on the shared broker must not take the signals sent here
        registry.add("spring.cloud.stream.bindings.alertSignals-in-0.group", () -> "incident-api-it");
    }

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(port, null);
        responder = anonymous.as(RESPONDER);
        commander = anonymous.as(COMMANDER);
    }
}
