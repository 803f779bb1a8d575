package io.beacon.incident.it;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.notification.PagingHandler;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page is in the Slack outbox by the time the command that decided it returns, without waiting for the {@code paging}
 * processor (stopped here); when that processor catches up it adds nothing, so Slack gets the page once, and it still
 * handles the acknowledgement. Real PostgreSQL, Kafka and the Slack stand-in.
 */
@SpringBootTest
class ImmediatePagingIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start().withUser("oncall@example.com", "U0SRE");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_immediate_paging").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    void thePageIsQueuedWhenTheDeclarationReturnsAndSentOnceAfterThePagingProcessorCatchesUp() {
        StreamingEventProcessor paging = processing
                .eventProcessor(PagingHandler.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        paging.shutDown();
        String id;
        try {
            id = commands.sendAndWait(DeclareIncident.forService("ledger-" + UUID.randomUUID(), "Ledger writes failing",
                    IncidentSeverity.SEV2, "U0ALICE"));

            // queued with the declaration; the delivery worker, woken at the commit, may have claimed it already
            assertThat(outboxStatuses("page:" + id + ":1")).singleElement()
                    .isIn("PENDING", "SENDING", "DELIVERED");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pagesInSlack(id)).hasSize(1));
        } finally {
            paging.start();
        }
        commands.sendAndWait(new AcknowledgeIncident(id, "U0SRE"));

        // the processor reached the acknowledgement, so it has been past the page's event too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                outboxStatuses("page:" + id + ":1:acknowledged")).containsExactly("DELIVERED"));
        assertThat(outboxStatuses("page:" + id + ":1")).containsExactly("DELIVERED");
        assertThat(pagesInSlack(id)).hasSize(1);
    }

    private List<String> outboxStatuses(String key) {
        return jdbc.queryForList("select status from slack_outbox where message_key = ?", String.class, key);
    }

    private static List<SlackStandIn.Call> pagesInSlack(String incidentId) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":"));
    }
}
